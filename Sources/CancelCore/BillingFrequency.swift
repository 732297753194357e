/// How often the account is invoiced; may differ from the commitment.
public enum BillingFrequency: String, CaseIterable, Sendable, Codable {
    case monthly
    case annual

    /// The commitment to assume when none is given: one billing period.
    public var defaultTermMonths: Int {
        switch self {
        case .monthly: return 1
        case .annual: return 12
        }
    }
}
