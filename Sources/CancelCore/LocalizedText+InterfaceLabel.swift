extension LocalizedText {
    /// A label of a vendor interface that exists in one language only: in
    /// that language it is shown as written; in the other, as written with
    /// the translation beside it, so a reader finds the button they see.
    /// `Demande d’annulation` in French, `Demande d’annulation (Request
    /// cancellation)` in English.
    public static func interfaceLabel(_ label: String, in language: Language, meaning translation: String) -> LocalizedText {
        switch language {
        case .fr: return LocalizedText(en: label + " (" + translation + ")", fr: label)
        case .en: return LocalizedText(en: label, fr: label + " (" + translation + ")")
        }
    }
}
