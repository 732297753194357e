#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension SystemEnvironment {
    /// Colour only for a person at a terminal: stdout is a TTY, `NO_COLOR`
    /// is unset or empty (no-color.org), and the terminal is not "dumb".
    public static func wantsColour(environment: [String: String]) -> Bool {
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(1) == 1
    }
}
