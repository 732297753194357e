/// One subscription as read from a portfolio file, before planning: the
/// text of each column, unchecked.
public struct PortfolioRow: Hashable, Sendable {
    /// The 1-based line the row starts on.
    public let line: Int
    public var vendor: String?
    public var name: String
    public var owner: String
    /// Fact values as typed, by ``Fact`` order (an array, not a dictionary:
    /// a million rows make hashing show); checked by ``FactParser``.
    public private(set) var values: [String?]

    public init(line: Int, vendor: String?, name: String = "", owner: String = "", raw: [Fact: String] = [:]) {
        self.line = line
        self.vendor = vendor
        self.name = name
        self.owner = owner
        self.values = [String?](repeating: nil, count: Fact.allCases.count)
        for (fact, value) in raw { self[fact] = value }
    }

    /// The value typed for `fact`, nil when not given.
    public subscript(fact: Fact) -> String? {
        get { values[fact.order] }
        set { values[fact.order] = newValue }
    }
}
