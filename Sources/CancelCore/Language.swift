/// The languages every user-facing text exists in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case en
    case fr

    /// The language the environment asks for: the first non-empty of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX precedence) decides, and only
    /// a value starting with `fr` gives French.
    public static func preferred(by environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("fr") ? .fr : .en
            }
        }
        return .en
    }
}
