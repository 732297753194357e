/// The French elisions a sentence built around a name needs: “d’Aircall”
/// but “de GoTo”, “qu’administrateur” but “que propriétaire”.
public enum French {
    /// True when `word` starts with a vowel or a mute h.
    public static func elides(_ word: String) -> Bool {
        guard let first = word.lowercased().first else { return false }
        return "aâàeéèêiîoôuûh".contains(first)
    }

    /// “de” before `word`, elided before a vowel: “d’Aircall”, “de GoTo”.
    public static func de(_ word: String) -> String {
        (elides(word) ? "d’" : "de ") + word
    }
}
