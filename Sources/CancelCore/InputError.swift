/// Input a user or a file gave that cannot be used: which value, why, what
/// is accepted, and the closest accepted value when it looks like a typo.
public struct InputError: Error, Hashable, Sendable {
    public let value: String
    /// The option, column or argument the value was given for.
    public let option: String
    public let reason: LocalizedText
    public let accepted: LocalizedText
    public let suggestion: String?

    public init(value: String, option: String, reason: LocalizedText, accepted: LocalizedText, suggestion: String? = nil) {
        self.value = value
        self.option = option
        self.reason = reason
        self.accepted = accepted
        self.suggestion = suggestion
    }

    /// A value outside a fixed list, with a "did you mean" for near misses.
    public static func notAccepted(_ value: String, for option: String, accepted list: [String]) -> InputError {
        let joined = list.joined(separator: ", ")
        return InputError(value: value, option: option,
                          reason: LocalizedText(en: "is not accepted", fr: "n’est pas accepté"),
                          accepted: LocalizedText(en: "one of: \(joined)", fr: "l’un de : \(joined)"),
                          suggestion: Suggestion.closest(to: value, in: list))
    }

    /// One line: the bad value, why, what is accepted, and a suggestion.
    public func message(in language: Language) -> String {
        var line: String
        let value = shownValue(in: language)
        switch language {
        case .en:
            line = "\(option) '\(value)' \(reason.en); expected \(accepted.en)."
            if let suggestion { line += " Did you mean '\(suggestion)'?" }
        case .fr:
            line = "\(option) « \(value) » \(reason.fr) ; attendu : \(accepted.fr)."
            if let suggestion { line += " Vouliez-vous dire « \(suggestion) » ?" }
        }
        return line
    }

    /// Values longer than this are cut in messages.
    public static let shownValueLimit = 80

    /// The value as a message quotes it: one too long to read (a pasted
    /// file, a runaway variable) is cut, saying how long it was, so the
    /// error stays one readable line.
    func shownValue(in language: Language) -> String {
        let value = UntrustedText.terminalSafe(self.value)
        let length = value.count
        guard length > InputError.shownValueLimit else { return value }
        let head = String(value.prefix(InputError.shownValueLimit - 20))
        switch language {
        case .en: return head + "… (\(length) characters)"
        case .fr: return head + "… (\(length) caractères)"
        }
    }
}
