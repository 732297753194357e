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

    /// `fact` reported missing, with where this vendor says to find it.
    public func missing(_ fact: Fact) -> MissingFact {
        use(of: fact)?.missing ?? MissingFact(fact, whereToFind: fact.meaning)
    }

    /// The date facts a schedule lacked: the renewal date when none was
    /// given, and the term length when a missed deadline could not be rolled.
    public func missingDates(for facts: AccountFacts, schedule: RenewalSchedule?) -> [MissingFact] {
        var missing: [MissingFact] = []
        if facts.renewal == nil { missing.append(self.missing(.renewal)) }
        if schedule?.needsTermLength == true { missing.append(self.missing(.termMonths)) }
        return missing
    }
}
