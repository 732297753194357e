#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCore

/// The few things the executable reads from the system, without Foundation:
/// the environment and the local calendar date (output goes through
/// ``FileDescriptorSink``).
public enum SystemEnvironment {
    /// Every variable cancelctl reads: the language (``Language/preferred(by:)``)
    /// and whether to colour (``wantsColour(environment:)``).
    public static let names = ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "TERM"]

    /// The variables of ``names`` that are set. Only these are copied:
    /// turning the whole environment into a dictionary cost about 8% of
    /// `plan`'s start-up, for five lookups.
    public static func variables() -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }

    /// Today's date on the wall calendar where the user is.
    public static func today() -> CalendarDate {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil,
              let date = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) else {
            return CalendarDate(dayNumber: Int(now / 86_400))
        }
        return date
    }
}
