import CancelCore

/// The plan for a terminal: 80 columns, dates written the reader's way,
/// days left beside every deadline.
public struct PlanTextRenderer: Sendable {
    public let width: Int
    /// ANSI colour for headings and deadlines; the caller decides (a
    /// terminal, NO_COLOR unset), so rendering stays a pure function.
    public let colour: Bool

    public init(width: Int = 80, colour: Bool = false) {
        self.width = width
        self.colour = colour
    }

    public func render(_ plan: some CancellationPlan, language l: Language) -> String {
        let report = plan.report(in: l)
        // Wide enough for the longest field label in this language.
        let labelWidth = [TextLabels.today, TextLabels.channel, TextLabels.contact, TextLabels.roles, TextLabels.missedDeadline, TextLabels.nextRenewal, TextLabels.renewal,
                          TextLabels.noticeDeadline, TextLabels.lastDay, TextLabels.serviceEnds].map { TextLabels.labelled($0, l).count + 1 }.max() ?? 22
        let today = plan.facts.today
        var out: [String] = []
        func date(_ d: CalendarDate) -> String { d.formatted(in: l) }
        func dated(_ d: CalendarDate) -> String { date(d) + " (" + TextLabels.daysLeft(d.days(since: today))[l] + ")" }
        func field(_ label: LocalizedText, _ value: String) {
            out += TextWrapper.hanging(value, firstPrefix: pad(TextLabels.labelled(label, l), labelWidth), width: width)
        }
        func heading(_ label: LocalizedText) { out += ["", TerminalStyle.bold.apply(label[l], if: colour)] }
        func item(_ text: String, bullet: String = "- ") { out += TextWrapper.hanging(text, firstPrefix: "  " + bullet, width: width) }
        func cite(_ ref: PlanReport.Reference?, indent: String = "    ") {
            guard let ref else { return }
            out += TextWrapper.hanging(SourceLines.reference(ref, in: report.sources, language: l), firstPrefix: indent + TextLabels.labelled(TextLabels.source, l), width: width)
        }

        let productName = plan.product.map { " — " + $0.name[l] } ?? ""
        out += TextWrapper.hanging(plan.vendor.name + productName + TextLabels.colon[l] + TextLabels.plan[l], firstPrefix: "", width: width)
        field(TextLabels.today, date(today))
        field(TextLabels.channel, plan.channel.title[l])
        if let contact = report.contact { field(TextLabels.contact, contact) }
        field(TextLabels.roles, plan.requiredRoles.map { $0.title[l] }.joined(separator: ", ")
              + (plan.requiredRoles.count > 1 ? " (" + TextLabels.anyOf[l] + ")" : ""))
        if let missed = report.missedDeadline { field(TextLabels.missedDeadline, dated(missed)) }
        if let schedule = plan.schedule, let renewal = schedule.renewal {
            field(schedule.deadlineMissed ? TextLabels.nextRenewal : TextLabels.renewal, date(renewal))
        } else if let renewal = report.renewalDate {
            field(TextLabels.renewal, date(renewal))
        }
        if let deadline = report.noticeDeadline {
            field(TextLabels.noticeDeadline, dated(deadline))
        } else if let last = report.lastDayToAct {
            field(TextLabels.lastDay, dated(last))
        } else if report.autoRenew == false {
            field(TextLabels.noticeDeadline, TextLabels.noneNeeded[l])
        } else if plan.schedule != nil {
            field(TextLabels.noticeDeadline, TextLabels.unknownDate(report)[l])
        }
        field(TextLabels.serviceEnds, report.effectiveEndDate.map(date) ?? TextLabels.unknownDate(report)[l])
        if let rule = report.deadlineRule {
            out.append("")
            out += TextWrapper.wrap(rule, width: width)
        }

        if !report.timeline.isEmpty {
            heading(TextLabels.timeline)
            for event in report.timeline {
                let marker = event.deadline ? "! " : "  "
                let when = pad(date(event.date), 19)
                let suffix = event.deadline ? " (" + TextLabels.daysLeft(event.daysLeft)[l] + ")" : ""
                let lines = TextWrapper.hanging(event.action + suffix, firstPrefix: marker + when + " ", width: width)
                out += event.deadline ? lines.map { TerminalStyle.deadline.apply($0, if: colour) } : lines
            }
        }
        if !report.steps.isEmpty {
            heading(TextLabels.steps)
            for (index, step) in report.steps.enumerated() {
                item(step.text, bullet: "\(index + 1). ")
                if !step.path.isEmpty {
                    out += TextWrapper.hanging(step.path.joined(separator: " > "), firstPrefix: "     " + TextLabels.labelled(TextLabels.path, l), width: width)
                }
                cite(step.source, indent: "     ")
            }
        }
        if !report.beforeCancelling.isEmpty {
            heading(TextLabels.before)
            for prep in report.beforeCancelling { item(prep.text); cite(prep.source) }
        }
        if !report.stillBilled.isEmpty {
            heading(TextLabels.stillBilled)
            for charge in report.stillBilled { item(charge.text) }
            cite(report.stillBilled.last?.source)
        }
        heading(TextLabels.refund)
        item(report.refund.text)
        cite(report.refund.source)
        if !report.afterCancelling.isEmpty {
            heading(TextLabels.after)
            for consequence in report.afterCancelling { item(consequence.text) }
        }
        if !report.missingFacts.isEmpty {
            heading(TextLabels.missing)
            for fact in report.missingFacts {
                item("--\(fact.fact.rawValue): \(fact.meaning). \(TextLabels.whereToFind[l].capitalizedFirst): \(fact.whereToFind).")
            }
        }
        if !report.warnings.isEmpty {
            heading(TextLabels.warnings)
            for warning in report.warnings { item("[\(warning.id)] " + warning.text); cite(warning.source) }
        }
        heading(TextLabels.sources)
        for source in report.sources {
            item(SourceLines.description(source, language: l))
            out += SourceLines.urlLines(source, width: width)
        }
        return out.joined(separator: "\n") + "\n"
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
