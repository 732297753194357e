/// One subscription as read from a portfolio file, before planning: the
/// text of each column, unchecked.
public struct PortfolioRow: Hashable, Sendable {
    /// The 1-based line the row starts on.
    public let line: Int
    public var vendor: String?
    public var name: String
    public var owner: String
    /// Fact values as typed; checked by ``FactParser`` when planned.
    public var raw: [Fact: String]

    public init(line: Int, vendor: String?, name: String = "", owner: String = "", raw: [Fact: String] = [:]) {
        self.line = line
        self.vendor = vendor
        self.name = name
        self.owner = owner
        self.raw = raw
    }
}
