/// One rule a vendor's policy encodes, for `explain` and the docs.
public struct PolicyRule: Hashable, Sendable {
    public let id: String
    public let text: LocalizedText
    public let citation: Citation

    public init(id: String, _ text: LocalizedText, citation: Citation) {
        self.id = id
        self.text = text
        self.citation = citation
    }
}
