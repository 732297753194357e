import CancelCore

extension AccountFacts {
    /// The facts as command-line options, so a failure can be replayed:
    /// `today=2026-11-23 --seats 11 --renewal 2027-01-31`.
    public var conformanceLabel: String {
        var parts = ["today=\(today)"]
        for fact in Fact.allCases {
            if let value = rawValue(of: fact) {
                parts.append(fact.isSwitch ? "--\(fact.rawValue)" : "--\(fact.rawValue) \(value)")
            }
        }
        return parts.joined(separator: " ")
    }
}
