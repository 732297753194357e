/// Word wrapping for terminal text.
public enum TextWrapper {
    /// Lines of at most `width` characters, breaking at spaces; a word longer
    /// than the width is cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 10)
        var lines: [String] = []
        var current = ""
        for word in glued(text.split(separator: " ", omittingEmptySubsequences: true)) {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Words with French high punctuation kept together: "date ;" and
    /// "« texte »" never break before the punctuation or after "«".
    static func glued(_ words: [Substring]) -> [Substring] {
        var out: [Substring] = []
        var pendingOpen = false
        for word in words {
            if pendingOpen, let last = out.popLast() {
                out.append(Substring(last + " " + word))
                pendingOpen = false
            } else if [";", ":", "»", "?", "!"].contains(word), let last = out.popLast() {
                out.append(Substring(last + " " + word))
            } else {
                out.append(word)
            }
            if word == "«" { pendingOpen = true }
        }
        return out
    }

    /// `text` wrapped to `width`, the first line after `firstPrefix`, the
    /// rest indented to line up under it.
    public static func hanging(_ text: String, firstPrefix: String, width: Int = 80) -> [String] {
        let indent = String(repeating: " ", count: firstPrefix.count)
        let body = wrap(text, width: width - firstPrefix.count)
        return body.enumerated().map { ($0.offset == 0 ? firstPrefix : indent) + $0.element }
    }
}
