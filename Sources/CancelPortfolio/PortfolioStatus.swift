import CancelCore

/// Where a subscription stands against its deadline today. The raw values
/// are ids for JSON, CSV and scripts: never translated.
public enum PortfolioStatus: String, CaseIterable, Sendable, Codable {
    /// The deadline for the renewal date given has passed: the contract
    /// renewed; the row shows the next (rolled) deadline.
    case missed
    /// The deadline is today or within the horizon.
    case actSoon = "act-soon"
    /// No deadline can be computed: facts are missing (listed in the row).
    case unknown
    /// The deadline is further away than the horizon.
    case ok
    /// Nothing renews, so there is no deadline (a free trial that ends by
    /// itself, an immediate cancellation).
    case noDeadline = "no-deadline"

    /// The word for text output: the id in English, translated in French.
    /// JSON and CSV keep the id.
    public var label: LocalizedText {
        switch self {
        case .missed: return LocalizedText(en: "missed", fr: "manquée")
        case .actSoon: return LocalizedText(en: "act-soon", fr: "à traiter")
        case .unknown: return LocalizedText(en: "unknown", fr: "inconnue")
        case .ok: return LocalizedText(verbatim: "ok")
        case .noDeadline: return LocalizedText(en: "no-deadline", fr: "sans échéance")
        }
    }

    /// Status breaks ties between rows whose next action falls on the same
    /// day: most urgent first.
    public var urgency: Int {
        switch self {
        case .missed: return 0
        case .actSoon: return 1
        case .unknown: return 2
        case .ok: return 3
        case .noDeadline: return 4
        }
    }
}
