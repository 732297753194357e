import CancelCore

/// Where a subscription stands against its deadline today. The raw values
/// are ids for JSON, CSV and scripts: never translated.
public enum PortfolioStatus: String, CaseIterable, Sendable, Codable {
    /// The deadline for the renewal date given has passed: the contract
    /// renewed; the row shows the next (rolled) deadline.
    case missed
    /// The deadline is today or within the horizon.
    case actSoon = "act-soon"
    /// The notice was sent (`notice-sent` column), no confirmation yet: the
    /// next action is to chase one. ``PortfolioEntry/late`` says whether it
    /// was sent after its deadline.
    case noticeSent = "notice-sent"
    /// No deadline can be computed: facts are missing (listed in the row).
    case unknown
    /// The deadline is further away than the horizon.
    case ok
    /// Nothing renews, so there is no deadline (a free trial that ends by
    /// itself, an immediate cancellation).
    case noDeadline = "no-deadline"
    /// The vendor confirmed the cancellation (`confirmed` column): the row
    /// shows the end date and what still happens.
    case cancelled

    /// The word for text output: the id in English, translated in French.
    /// JSON and CSV keep the id.
    public var label: LocalizedText {
        switch self {
        case .missed: return LocalizedText(en: "missed", fr: "manquée")
        case .actSoon: return LocalizedText(en: "act-soon", fr: "à traiter")
        case .noticeSent: return LocalizedText(en: "notice-sent", fr: "préavis envoyé")
        case .unknown: return LocalizedText(en: "unknown", fr: "inconnue")
        case .ok: return LocalizedText(verbatim: "ok")
        case .noDeadline: return LocalizedText(en: "no-deadline", fr: "sans échéance")
        case .cancelled: return LocalizedText(en: "cancelled", fr: "résiliée")
        }
    }

    /// Status breaks ties between rows whose next action falls on the same
    /// day: most urgent first.
    public var urgency: Int {
        switch self {
        case .missed: return 0
        case .actSoon: return 1
        case .noticeSent: return 2
        case .unknown: return 3
        case .ok: return 4
        case .noDeadline: return 5
        case .cancelled: return 6
        }
    }
}
