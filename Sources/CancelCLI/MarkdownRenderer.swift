import CancelCore

/// The plan as a Markdown checklist for a ticket or a wiki: `- [ ]` items,
/// one heading per date, sources as links a person can open.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ report: PlanReport) -> String {
        let l = report.language
        var out: [String] = []
        let c = TextLabels.colon(l)
        func esc(_ text: String) -> String { MarkdownRenderer.escape(text) }
        func ref(_ reference: PlanReport.Reference?) -> String {
            guard let reference else { return "" }
            return " — " + TextLabels.source[l] + c + esc(SourceLines.reference(reference, in: report.sources, language: l))
        }

        out.append("# " + esc(PlanHeader.title(report, TextLabels.checklistTitle)))
        out.append("")
        for field in PlanHeader.fields(report) { out.append("- **" + field.label[l] + c.dropLast() + "** " + esc(field.value)) }
        if let rule = report.deadlineRule { out += ["", esc(rule)] }

        for section in PlanSection.present(in: report) {
            out += ["", "## " + section.title[l].capitalizedFirstOnly]
            switch section {
            case .timeline:
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
            case .steps:
                out.append("")
                for step in report.steps {
                    let path = step.path.isEmpty ? "" : " (" + TextLabels.path[l] + c + esc(step.path.joined(separator: " > ")) + ")"
                    out.append("- [ ] " + esc(step.text) + path + ref(step.source))
                }
            case .beforeCancelling:
                out += [""] + report.beforeCancelling.map { "- [ ] " + esc($0.text) + ref($0.source) }
            case .missingFacts:
                out.append("")
                for fact in report.missingFacts {
                    out.append("- [ ] " + TextLabels.findFact[l] + " `--" + fact.fact.rawValue + "`" + c + esc(fact.meaning) + ". "
                               + TextLabels.whereToFind[l].capitalizedFirst + c + esc(fact.whereToFind) + "." + ref(fact.source))
                }
            case .stillBilled:
                out += [""] + report.stillBilled.map { "- " + esc($0.text) + ref($0.source) }
            case .refund:
                out += ["", "- " + esc(report.refund.text) + ref(report.refund.source)]
            case .afterCancelling:
                out += [""] + report.afterCancelling.map { "- " + esc($0.text) + ref($0.source) }
            case .warnings:
                out += [""] + report.warnings.map { "- `" + $0.id + "`" + c + esc($0.text) + ref($0.source) }
            case .sources:
                out += [""] + report.sources.map { source in
                    let title = source.url.isEmpty ? esc(source.title) : "[" + esc(source.title) + "](<" + source.url + ">)"
                    return "- " + title + " — " + esc(SourceLines.details(source, language: l))
                }
            }
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
