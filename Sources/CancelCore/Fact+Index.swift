extension Fact {
    /// ``allCases`` built once: the synthesized property builds its array on
    /// every call.
    public static let cases = Fact.allCases

    /// The fact's position in ``Fact/allCases``, for readers that keep a
    /// row's values in an array indexed by fact (a dictionary per row showed
    /// in profiles at a million rows). A switch, not a scan of the cases
    /// (about 190 instructions a lookup, nine lookups a portfolio row) and
    /// not a read of the enum's memory layout; a test checks every case
    /// against `allCases`, so a case added out of place fails at once.
    @inlinable
    public var index: Int {
        switch self {
        case .product: return 0
        case .seats: return 1
        case .renewal: return 2
        case .billing: return 3
        case .termMonths: return 4
        case .renewalTermMonths: return 5
        case .noticeDays: return 6
        case .noticeMonths: return 7
        case .autoRenew: return 8
        case .periodEnd: return 9
        case .trial: return 10
        case .salesAssisted: return 11
        case .immediate: return 12
        case .channel: return 13
        case .contact: return 14
        case .noticeSent: return 15
        case .confirmed: return 16
        }
    }
}
