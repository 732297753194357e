/// Word wrapping for terminal text.
public enum TextWrapper {
    /// Lines of at most `width` characters, breaking at spaces; a word longer
    /// than the width is cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 10)
        var text = text
        if let lines = text.withUTF8({ SimpleTextWrapper.wrap($0, width: width) }) { return lines }
        return wrapCharacters(text, width: width)
    }

    /// ``wrap(_:width:)`` over `Character`s: the general path, for text
    /// where a character may be more than one scalar.
    static func wrapCharacters(_ text: String, width: Int) -> [String] {
        let width = max(width, 10)
        var lines: [String] = []
        var current = ""
        // Lengths kept as running counts: `String.count` walks the text
        // each time, and this ran for every line `plan` prints.
        var currentCount = 0
        for glued in glued(text.split(separator: " ", omittingEmptySubsequences: true)) {
            var word = glued
            var wordCount = word.count
            while wordCount > width {
                if !current.isEmpty { lines.append(current); current = ""; currentCount = 0 }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
                wordCount -= width
            }
            if current.isEmpty {
                current = String(word)
                currentCount = wordCount
            } else if currentCount + 1 + wordCount <= width {
                let clean = joinsCleanly(current, word)
                current += " "
                current += word
                currentCount = clean ? currentCount + 1 + wordCount : current.count
            } else {
                lines.append(current)
                current = String(word)
                currentCount = wordCount
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Words with French high punctuation kept together: "date ;" and
    /// "« texte »" never break before the punctuation or after "«".
    static func glued(_ words: [Substring]) -> [Substring] {
        var out: [Substring] = []
        out.reserveCapacity(words.count)
        var pendingOpen = false
        for word in words {
            if pendingOpen, let last = out.popLast() {
                out.append(Substring(last + " " + word))
                pendingOpen = false
            } else if isHighPunctuation(word), let last = out.popLast() {
                out.append(Substring(last + " " + word))
            } else {
                out.append(word)
            }
            if word == "«" { pendingOpen = true }
        }
        return out
    }

    /// True when joining with a space cannot merge characters (no
    /// combining mark after it, no prepended mark before it: all lie at
    /// U+0300 and above), so the counts simply add up.
    private static func joinsCleanly(_ current: String, _ word: Substring) -> Bool {
        guard let last = current.unicodeScalars.last, let first = word.unicodeScalars.first else { return true }
        return last.value < 0x300 && first.value < 0x300
    }

    /// `;`, `:`, `»`, `?` or `!` alone, compared without building an array
    /// of candidates for every word.
    private static func isHighPunctuation(_ word: Substring) -> Bool {
        switch word {
        case ";", ":", "»", "?", "!": return true
        default: return false
        }
    }

    /// `text` wrapped to `width`, the first line after `firstPrefix`, the
    /// rest indented to line up under it.
    public static func hanging(_ text: String, firstPrefix: String, width: Int = 80) -> [String] {
        let indent = String(repeating: " ", count: firstPrefix.count)
        let body = wrap(text, width: width - firstPrefix.count)
        return body.enumerated().map { ($0.offset == 0 ? firstPrefix : indent) + $0.element }
    }
}
