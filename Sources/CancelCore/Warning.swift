/// Where a source is unclear, the reading the plan took and why.
public struct Warning: Hashable, Sendable {
    /// Kebab-case, stable: examples and tools match on it.
    public let id: String
    public let text: LocalizedText
    public let citation: Citation

    public init(id: String, _ text: LocalizedText, citation: Citation) {
        self.id = id
        self.text = text
        self.citation = citation
    }
}
