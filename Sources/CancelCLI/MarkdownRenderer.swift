import CancelCore

/// The plan as a Markdown checklist for a ticket or a wiki: `- [ ]` items,
/// one heading per date, sources as file references.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ plan: some CancellationPlan, language l: Language) -> String {
        let report = plan.report(in: l)
        let today = report.today
        var out: [String] = []
        let c = TextLabels.colon(l)
        func esc(_ text: String) -> String { MarkdownRenderer.escape(text) }
        func ref(_ reference: PlanReport.Reference?) -> String {
            guard let reference else { return "" }
            return " — " + TextLabels.source[l] + c + esc(SourceLines.reference(reference, in: report.sources, language: l))
        }
        func section(_ label: LocalizedText) { out += ["", "## " + label[l].capitalizedFirstOnly] }

        let productName = plan.product.map { " — " + $0.name[l] } ?? ""
        out.append("# " + esc(plan.vendor.name + productName + c + TextLabels.checklistTitle[l]))
        out.append("")
        var facts: [(LocalizedText, String)] = [(TextLabels.today, today.formatted(in: l)), (TextLabels.channel, report.channel.title[l])]
        if let contact = report.contact { facts.append((TextLabels.contact, contact)) }
        facts.append((TextLabels.roles, report.requiredRoles.map { $0.title[l] }.joined(separator: ", ")))
        if let renewal = report.renewalDate { facts.append((TextLabels.renewal, renewal.formatted(in: l))) }
        if let deadline = report.noticeDeadline {
            facts.append((TextLabels.noticeDeadline, deadline.formatted(in: l) + " (" + TextLabels.daysLeft(deadline.days(since: today))[l] + ")"))
        } else if let last = report.lastDayToAct {
            facts.append((TextLabels.lastDay, last.formatted(in: l) + " (" + TextLabels.daysLeft(last.days(since: today))[l] + ")"))
        }
        facts.append((TextLabels.serviceEnds, report.effectiveEndDate?.formatted(in: l) ?? TextLabels.unknownDate(report)[l]))
        for (label, value) in facts { out.append("- **" + label[l] + c.dropLast() + "** " + esc(value)) }
        if let rule = report.deadlineRule { out += ["", esc(rule)] }

        if !report.timeline.isEmpty {
            section(TextLabels.timeline)
            var current: CalendarDate?
            for event in report.timeline {
                if event.date != current {
                    current = event.date
                    let days = TextLabels.daysLeft(event.daysLeft)[l]
                    out += ["", "### " + event.date.description + " — " + event.date.formatted(in: l) + " (" + days + ")", ""]
                }
                let mark = event.deadline ? "**" + TextLabels.deadline[l].capitalizedFirst + c.dropLast() + "** " : ""
                out.append("- [ ] " + mark + esc(event.action) + ref(event.source))
            }
        }
        if !report.steps.isEmpty {
            section(TextLabels.steps)
            out.append("")
            for step in report.steps {
                let path = step.path.isEmpty ? "" : " (" + TextLabels.path[l] + c + esc(step.path.joined(separator: " > ")) + ")"
                out.append("- [ ] " + esc(step.text) + path + ref(step.source))
            }
        }
        if !report.beforeCancelling.isEmpty {
            section(TextLabels.before)
            out.append("")
            for item in report.beforeCancelling { out.append("- [ ] " + esc(item.text) + ref(item.source)) }
        }
        if !report.missingFacts.isEmpty {
            section(TextLabels.missing)
            out.append("")
            for fact in report.missingFacts {
                out.append("- [ ] " + TextLabels.findFact[l] + " `--" + fact.fact.rawValue + "`" + c + esc(fact.meaning) + ". "
                           + TextLabels.whereToFind[l].capitalizedFirst + c + esc(fact.whereToFind) + "." + ref(fact.source))
            }
        }
        if !report.stillBilled.isEmpty {
            section(TextLabels.stillBilled)
            out.append("")
            for item in report.stillBilled { out.append("- " + esc(item.text) + ref(item.source)) }
        }
        section(TextLabels.refund)
        out += ["", "- " + esc(report.refund.text) + ref(report.refund.source)]
        if !report.afterCancelling.isEmpty {
            section(TextLabels.after)
            out.append("")
            for item in report.afterCancelling { out.append("- " + esc(item.text) + ref(item.source)) }
        }
        if !report.warnings.isEmpty {
            section(TextLabels.warnings)
            out.append("")
            for warning in report.warnings { out.append("- `" + warning.id + "`" + c + esc(warning.text) + ref(warning.source)) }
        }
        section(TextLabels.sources)
        out.append("")
        for source in report.sources {
            let title = source.url.isEmpty ? esc(source.title) : "[" + esc(source.title) + "](<" + source.url + ">)"
            out.append("- " + title + " — " + esc(SourceLines.details(source, language: l)))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Backslash-escapes the characters that would start emphasis, code or
    /// a link inside running text (all escapable in CommonMark and Python-Markdown).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

extension String {
    /// "BEFORE CANCELLING" as "Before cancelling": headings in sentence case.
    var capitalizedFirstOnly: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst().lowercased()
    }
}
