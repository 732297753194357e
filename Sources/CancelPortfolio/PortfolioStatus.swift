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

    /// Sort order for the triage: most urgent first.
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
