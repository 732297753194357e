import CancelCore

/// The line a plan's text ends with: what to do next, by when, and how
/// many days remain, so a long plan never scrolls its deadline out of sight.
struct NextStep {
    let text: String
    let style: TerminalStyle?

    static let label = LocalizedText(en: "Next", fr: "Prochaine étape")
    static let by = LocalizedText(en: "by", fr: "au plus tard le")
    static let find = LocalizedText(en: "find", fr: "trouver")
    static let seeMissing = LocalizedText(en: "see MISSING FACTS", fr: "voir FAITS MANQUANTS")
    static let nothingDated = LocalizedText(en: "no date to meet; follow the STEPS above.",
                                            fr: "aucune date à respecter ; suivez les ÉTAPES ci-dessus.")

    /// Days left at or below which the line is red, then yellow.
    static let urgentDays = 7
    static let soonDays = 30

    init(_ report: PlanReport) {
        let l = report.language
        let head = TextLabels.labelled(NextStep.label, l)
        let acting = report.timeline.first { $0.kind == .cancellingAction || $0.kind == .deadline }
        if let event = acting ?? (report.missingFacts.isEmpty ? report.timeline.first : nil) {
            let by = acting == nil ? event.date : report.noticeDeadline ?? report.lastDayToAct ?? event.date
            let days = by.days(since: report.today)
            let action = event.action.last == "." ? String(event.action.dropLast()) : event.action
            text = head + action + ", " + NextStep.by[l] + " " + by.formatted(in: l) + " (" + TextLabels.daysLeft(days)[l] + ")."
            style = days <= NextStep.urgentDays ? .deadline : days <= NextStep.soonDays ? .soon : .calm
        } else if !report.missingFacts.isEmpty {
            text = head + NextStep.find[l] + " " + report.missingFacts.map { "--" + $0.fact.rawValue }.joined(separator: ", ")
                + " (" + NextStep.seeMissing[l] + ")."
            style = .soon
        } else {
            text = head + NextStep.nothingDated[l]
            style = nil
        }
    }
}
