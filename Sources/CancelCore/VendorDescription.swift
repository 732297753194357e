/// Everything static about a vendor: identity, products, the facts it
/// reads, its sources, its rules and its example scenarios.
public struct VendorDescription: Sendable {
    /// Lower-case id for the command line and JSON (`goto`).
    public let id: String
    public let name: String
    /// Other names people write for the vendor in a spreadsheet (`GoTo
    /// Webinar`); matched case-insensitively, like ``name``.
    public let aliases: [String]
    /// The vendor's web domains (`aircall.io`): a subscription list often
    /// names a vendor by its site.
    public let domains: [String]
    /// The first product is the default when none is given.
    public let products: [Product]
    public let facts: [FactUse]
    public let sources: [Source]
    public let rules: [PolicyRule]
    public let examples: [VendorExample]

    public init(id: String, name: String, aliases: [String] = [], domains: [String] = [], products: [Product],
                facts: [FactUse], sources: [Source], rules: [PolicyRule], examples: [VendorExample]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.domains = domains
        self.products = products
        self.facts = facts
        self.sources = sources
        self.rules = rules
        self.examples = examples
    }

    public var defaultProduct: Product? { products.first }

    /// Where to find `fact`, as this vendor declared it.
    public func use(of fact: Fact) -> FactUse? {
        facts.first { $0.fact == fact }
    }

    /// Every fact a plan of this vendor reads: the ones it declares and the
    /// contract terms the engine applies for every vendor.
    public var readFacts: Set<Fact> {
        Set(facts.map(\.fact)).union(Fact.allCases.filter(\.isContractTerm))
    }

    /// `fact` reported missing, with where this vendor says to find it.
    public func missing(_ fact: Fact) -> MissingFact {
        use(of: fact)?.missing ?? MissingFact(fact, whereToFind: fact.meaning)
    }

}
