/// One thing to do to cancel, with the click path through the vendor's UI.
public struct Step: Hashable, Sendable {
    public let text: LocalizedText
    /// Menu items in order, e.g. Settings > Subscription; empty when none.
    public let path: [LocalizedText]
    public let citation: Citation

    public init(_ text: LocalizedText, path: [LocalizedText] = [], citation: Citation) {
        self.text = text
        self.path = path
        self.citation = citation
    }
}
