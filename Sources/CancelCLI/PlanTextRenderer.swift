import CancelCore

/// The plan for a terminal: 80 columns, dates written the reader's way,
/// days left beside every deadline, and a closing line with the next step.
/// It reads the ``PlanReport`` only, like every renderer.
public struct PlanTextRenderer: Sendable {
    public let width: Int
    /// ANSI colour for headings and deadlines; the caller decides (a
    /// terminal, NO_COLOR unset), so rendering stays a pure function.
    public let colour: Bool

    public init(width: Int = 80, colour: Bool = false) {
        self.width = width
        self.colour = colour
    }

    public func render(_ report: PlanReport) -> String {
        let l = report.language
        // Wide enough for the longest field label in this language.
        let labelWidth = PlanHeader.labels.map { TextLabels.labelled($0, l).count + 1 }.max() ?? 22
        var out: [String] = []
        func date(_ d: CalendarDate) -> String { d.formatted(in: l) }
        func item(_ text: String, bullet: String = "- ") { out += TextWrapper.hanging(text, firstPrefix: "  " + bullet, width: width) }
        func cite(_ ref: PlanReport.Reference?, indent: String = "    ") {
            guard let ref else { return }
            out += TextWrapper.hanging(SourceLines.reference(ref, in: report.sources, language: l), firstPrefix: indent + TextLabels.labelled(TextLabels.source, l), width: width)
        }

        out += TextWrapper.hanging(PlanHeader.title(report, TextLabels.plan), firstPrefix: "", width: width)
        for field in PlanHeader.fields(report) {
            out += TextWrapper.hanging(field.value, firstPrefix: pad(TextLabels.labelled(field.label, l), labelWidth), width: width)
        }
        if let rule = report.deadlineRule {
            out.append("")
            out += TextWrapper.wrap(rule, width: width)
        }
        for section in PlanSection.present(in: report) {
            out += ["", TerminalStyle.bold.apply(section.title[l], if: colour)]
            switch section {
            case .timeline:
                for event in report.timeline {
                    let marker = event.deadline ? "! " : "  "
                    let suffix = event.deadline ? " (" + TextLabels.daysLeft(event.daysLeft)[l] + ")" : ""
                    let lines = TextWrapper.hanging(event.action + suffix, firstPrefix: marker + pad(date(event.date), 19) + " ", width: width)
                    out += event.deadline ? lines.map { TerminalStyle.deadline.apply($0, if: colour) } : lines
                }
            case .steps:
                for (index, step) in report.steps.enumerated() {
                    item(step.text, bullet: "\(index + 1). ")
                    if !step.path.isEmpty {
                        out += TextWrapper.hanging(step.path.joined(separator: " > "), firstPrefix: "     " + TextLabels.labelled(TextLabels.path, l), width: width)
                    }
                    cite(step.source, indent: "     ")
                }
            case .beforeCancelling:
                for prep in report.beforeCancelling { item(prep.text); cite(prep.source) }
            case .missingFacts:
                for fact in report.missingFacts {
                    item("--\(fact.fact.rawValue)" + TextLabels.colon(l) + fact.meaning + ". " + TextLabels.whereToFind[l].capitalizedFirst
                         + TextLabels.colon(l) + fact.whereToFind + ".")
                }
            case .stillBilled:
                for charge in report.stillBilled { item(charge.text) }
                cite(report.stillBilled.last?.source)
            case .refund:
                item(report.refund.text)
                cite(report.refund.source)
            case .afterCancelling:
                for consequence in report.afterCancelling { item(consequence.text) }
            case .warnings:
                for warning in report.warnings { item("[\(warning.id)] " + warning.text); cite(warning.source) }
            case .sources:
                for source in report.sources {
                    item(SourceLines.description(source, language: l))
                    out += SourceLines.urlLines(source, width: width)
                }
            }
        }
        let next = NextStep(report)
        out.append("")
        out += TextWrapper.wrap(next.text, width: width).map { line in next.style.map { $0.apply(line, if: colour) } ?? line }
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
