/// A vendor as `vendors` and `explain` publish it: identity, products, the
/// facts it reads, its rules and sources, in one language.
public struct VendorSummary: Hashable, Sendable, Codable {
    public struct ProductItem: Hashable, Sendable, Codable {
        public let id: String
        public let name: String
    }

    public struct FactItem: Hashable, Sendable, Codable {
        public let fact: Fact
        public let meaning: String
        public let whereToFind: String
    }

    public struct RuleItem: Hashable, Sendable, Codable {
        public let id: String
        public let text: String
        public let source: PlanReport.Reference
    }

    /// An example scenario: tools (and CI) replay it with `plan`.
    public struct ExampleItem: Hashable, Sendable, Codable {
        public struct FactValue: Hashable, Sendable, Codable {
            public let fact: Fact
            public let value: String
        }

        public let name: String
        public let today: String
        /// In ``Fact`` order, so the output is stable.
        public let facts: [FactValue]
    }

    public let id: String
    public let name: String
    /// Other names and web domains that resolve to this vendor.
    public let aliases: [String]
    public let domains: [String]
    public let products: [ProductItem]
    public let defaultProduct: String?
    public let facts: [FactItem]
    public let rules: [RuleItem]
    public let sources: [PlanReport.SourceItem]
    public let examples: [ExampleItem]

    public init(_ description: VendorDescription, language l: Language) {
        id = description.id
        name = description.name
        aliases = description.aliases
        domains = description.domains
        products = description.products.map { ProductItem(id: $0.id, name: $0.name[l]) }
        defaultProduct = description.defaultProduct?.id
        facts = description.facts.map { FactItem(fact: $0.fact, meaning: $0.fact.meaning[l], whereToFind: $0.whereToFind[l]) }
        rules = description.rules.map {
            RuleItem(id: $0.id, text: $0.text[l], source: PlanReport.Reference($0.citation))
        }
        sources = description.sources.map { PlanReport.SourceItem($0, language: l) }
        examples = description.examples.map { example in
            ExampleItem(name: example.name, today: example.today,
                        facts: example.facts.keys.sorted().compactMap { fact in
                            example.facts[fact].map { ExampleItem.FactValue(fact: fact, value: $0) }
                        })
        }
    }
}
