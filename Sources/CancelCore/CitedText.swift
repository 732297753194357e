/// A statement from a source: something still billed, something that
/// happens after cancelling.
public struct CitedText: Hashable, Sendable {
    public let text: LocalizedText
    public let citation: Citation

    public init(_ text: LocalizedText, citation: Citation) {
        self.text = text
        self.citation = citation
    }
}
