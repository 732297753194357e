/// ANSI styles for terminal text, applied to whole lines after wrapping
/// so escape codes never count towards the 80 columns.
enum TerminalStyle: String {
    case bold = "1"
    /// Bold red: a date that must not be missed, or one a week away.
    case deadline = "1;31"
    /// Bold yellow: a date within a month, or facts still to find.
    case soon = "1;33"
    /// Green: time enough.
    case calm = "32"

    func apply(_ text: String, if enabled: Bool) -> String {
        enabled && !text.isEmpty ? "\u{1B}[" + rawValue + "m" + text + "\u{1B}[0m" : text
    }
}
