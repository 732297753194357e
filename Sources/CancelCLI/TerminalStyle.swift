/// ANSI styles for terminal text, applied to whole lines after wrapping
/// so escape codes never count towards the 80 columns.
enum TerminalStyle: String {
    case bold = "1"
    /// Bold red: a date that must not be missed.
    case deadline = "1;31"
    /// Yellow: a deadline within the horizon (portfolio act-soon rows).
    case soon = "33"

    func apply(_ text: String, if enabled: Bool) -> String {
        enabled && !text.isEmpty ? "\u{1B}[" + rawValue + "m" + text + "\u{1B}[0m" : text
    }
}
