import CancelCore

/// The sections of a plan below its header, in the one order every
/// renderer (text, Markdown) prints them; a section with nothing in it is
/// left out, except the refund, which always says something.
enum PlanSection: CaseIterable {
    case timeline
    case steps
    case beforeCancelling
    case missingFacts
    case stillBilled
    case refund
    case afterCancelling
    case warnings
    case sources

    var title: LocalizedText {
        switch self {
        case .timeline: return TextLabels.timeline
        case .steps: return TextLabels.steps
        case .beforeCancelling: return TextLabels.before
        case .missingFacts: return TextLabels.missing
        case .stillBilled: return TextLabels.stillBilled
        case .refund: return TextLabels.refund
        case .afterCancelling: return TextLabels.after
        case .warnings: return TextLabels.warnings
        case .sources: return TextLabels.sources
        }
    }

    /// The sections this report has something to say in, in order.
    static func present(in report: PlanReport) -> [PlanSection] {
        allCases.filter { section in
            switch section {
            case .timeline: return !report.timeline.isEmpty
            case .steps: return !report.steps.isEmpty
            case .beforeCancelling: return !report.beforeCancelling.isEmpty
            case .missingFacts: return !report.missingFacts.isEmpty
            case .stillBilled: return !report.stillBilled.isEmpty
            case .refund, .sources: return true
            case .afterCancelling: return !report.afterCancelling.isEmpty
            case .warnings: return !report.warnings.isEmpty
            }
        }
    }
}
