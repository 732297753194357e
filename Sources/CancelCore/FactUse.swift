/// A fact a vendor reads, and where a user finds it; the same value lists
/// it as missing in a plan (``MissingFact``).
public struct FactUse: Hashable, Sendable {
    public let fact: Fact
    public let whereToFind: LocalizedText
    public let citation: Citation?

    public init(_ fact: Fact, whereToFind: LocalizedText, citation: Citation? = nil) {
        self.fact = fact
        self.whereToFind = whereToFind
        self.citation = citation
    }

    /// This fact reported as missing.
    public var missing: MissingFact { self }
}
