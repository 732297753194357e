/// Where a source is unclear, or the user's facts leave a gap, the reading
/// the plan took and why.
public struct Warning: Hashable, Sendable {
    /// Kebab-case, stable: examples and tools match on it.
    public let id: String
    public let text: LocalizedText
    /// The source section the warning rests on; nil for cancelctl's own
    /// reading of the user's contract terms (the engine's assumptions).
    public let citation: Citation?

    public init(id: String, _ text: LocalizedText, citation: Citation?) {
        self.id = id
        self.text = text
        self.citation = citation
    }
}
