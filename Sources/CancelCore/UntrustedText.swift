/// Text that came from a flag or a file, made harmless for where it goes.
///
/// A name in a spreadsheet can hold an escape sequence that clears the
/// terminal of whoever prints it, a line break that adds a header to a
/// notice, or a leading `=` that a spreadsheet runs as a formula. Every
/// renderer passes such values through one of these before writing them.
public enum UntrustedText {
    /// For a terminal or any text output: control characters (C0, DEL, C1)
    /// and the Unicode bidirectional controls that can reorder what a reader
    /// sees are shown escaped as `\u{1B}`, so the text reads as typed and
    /// cannot move the cursor, change colours or reorder a line.
    public static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + hex(scalar.value) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// For a single-line field (a notice's subject, a calendar summary): the
    /// same escaping, so a CR or LF can never start a new header line.
    public static func singleLine(_ text: String) -> String {
        terminalSafe(text)
    }

    /// For a cell a spreadsheet will open: a value starting with `=`, `+`,
    /// `-` or `@` (or a tab or carriage return) is prefixed with `'`, so it is
    /// shown as text and never evaluated as a formula.
    public static func spreadsheetCell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + text
        default: return text
        }
    }

    /// True for a scalar that must not reach a reader raw.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count >= 2 ? digits : "0" + digits
    }
}
