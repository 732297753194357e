import CancelCore

/// One broken promise of a vendor, worded for the person who must fix it:
/// which vendor, which check, in what situation, and what was wrong.
public struct ConformanceFailure: Hashable, Sendable, CustomStringConvertible {
    public let vendor: String
    /// The check that failed (`example`, `citation`, `french`, ...).
    public let check: String
    /// Where: an example's name, or the facts the plan was made for.
    public let context: String
    public let message: String

    public init(vendor: String, check: String, context: String, message: String) {
        self.vendor = vendor
        self.check = check
        self.context = context
        self.message = message
    }

    public var description: String {
        "[\(vendor)] \(check) — \(context): \(message)"
    }
}
