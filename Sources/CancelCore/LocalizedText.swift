/// A user-facing text in English and French at once, so no text can ship
/// without its translation.
public struct LocalizedText: Hashable, Sendable {
    public let en: String
    public let fr: String
    /// True when both languages are meant to be identical (an email address,
    /// a product name): the conformance suite flags every other equal pair.
    public let isVerbatim: Bool

    public init(en: String, fr: String) {
        self.en = en
        self.fr = fr
        self.isVerbatim = false
    }

    /// The same text in every language, on purpose.
    public init(verbatim text: String) {
        self.en = text
        self.fr = text
        self.isVerbatim = true
    }

    public subscript(language: Language) -> String {
        switch language {
        case .en: return en
        case .fr: return fr
        }
    }

    /// Joins texts language by language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        let joined = LocalizedText(en: lhs.en + rhs.en, fr: lhs.fr + rhs.fr)
        return lhs.isVerbatim && rhs.isVerbatim ? LocalizedText(verbatim: joined.en) : joined
    }
}
