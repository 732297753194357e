/// A fact the plan needed but was not given, and where to find it.
public struct MissingFact: Hashable, Sendable {
    public let fact: Fact
    public let whereToFind: LocalizedText
    public let citation: Citation?

    public init(_ fact: Fact, whereToFind: LocalizedText, citation: Citation? = nil) {
        self.fact = fact
        self.whereToFind = whereToFind
        self.citation = citation
    }
}
