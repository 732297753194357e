import CancelCore

/// One subscription as read from a portfolio file, before planning: the
/// text of each column, unchecked.
public struct PortfolioRow: Hashable, Sendable {
    /// The 1-based line the row starts on.
    public let line: Int
    public var vendor: String?
    public var name: String
    public var owner: String
    /// The vendor's ticket or confirmation number, as typed.
    public var reference: String = ""
    /// The company's own id for the subscription, as typed; may be empty.
    public var id: String = ""
    /// Fact values as typed, by ``Fact`` order (an array, not a dictionary:
    /// a million rows make hashing show); checked by ``FactParser``. An
    /// empty value reads as nil, as ``FactParser`` counts it: not given.
    public var values: [String?] { cells.map { $0.isEmpty ? nil : $0 } }

    /// The same, with "" for not given: an array of plain strings is
    /// destroyed without the generic-metadata lookups an array of optionals
    /// costs, which showed at a million rows.
    private var cells: [String]

    public init(line: Int, vendor: String?, name: String = "", owner: String = "", raw: [Fact: String] = [:]) {
        self.line = line
        self.vendor = vendor
        self.name = name
        self.owner = owner
        self.cells = [String](repeating: "", count: Fact.allCases.count)
        for (fact, value) in raw { self[fact] = value }
    }

    /// The value typed for `fact`, nil when not given (or empty).
    public subscript(fact: Fact) -> String? {
        get {
            let value = cells[fact.index]
            return value.isEmpty ? nil : value
        }
        set { cells[fact.index] = newValue ?? "" }
    }
}
