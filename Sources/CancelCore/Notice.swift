/// The message a cancellation needs, in both languages: a letter or email,
/// a script for a support call, or, where the vendor only takes clicks, a
/// note saying so with the click path.
public struct Notice: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// A written request (email or letter) to send.
        case letter
        /// What to say, and what to have ready, on a support call.
        case callScript = "call-script"
        /// No message is accepted or needed: the user clicks through the product.
        case selfService = "self-service"
    }

    public let kind: Kind
    /// Who receives it: an address, a team; nil when nobody does.
    public let recipient: LocalizedText?
    public let subject: LocalizedText
    /// The body, one paragraph each; a paragraph may hold line breaks.
    public let paragraphs: [LocalizedText]
    /// For self-service: the steps to click through, in order.
    public let clickPath: [LocalizedText]
    /// Placeholders beyond ``NoticePlaceholder/standard`` the text may use.
    public let extraPlaceholders: [NoticePlaceholder]
    public let citation: Citation?

    public init(kind: Kind, recipient: LocalizedText?, subject: LocalizedText, paragraphs: [LocalizedText],
                clickPath: [LocalizedText] = [], extraPlaceholders: [NoticePlaceholder] = [], citation: Citation? = nil) {
        self.kind = kind
        self.recipient = recipient
        self.subject = subject
        self.paragraphs = paragraphs
        self.clickPath = clickPath
        self.extraPlaceholders = extraPlaceholders
        self.citation = citation
    }

    /// The body in one language, paragraphs separated by a blank line.
    public func body(in language: Language) -> String {
        paragraphs.map { $0[language] }.joined(separator: "\n\n")
    }

    /// The placeholders left in the text, in the order they are declared:
    /// exactly those the user must still fill in.
    public func placeholders(in language: Language) -> [NoticePlaceholder] {
        let texts = [subject[language], body(in: language), recipient?[language] ?? ""] + clickPath.map { $0[language] }
        return (NoticePlaceholder.standard + extraPlaceholders).filter { placeholder in
            texts.contains { $0.contains(placeholder.token[language]) }
        }
    }
}
