import CancelCore

/// A command line that cannot run: one line saying what is wrong, and the
/// subcommand whose usage to show under it.
public struct UsageError: Error, Equatable, Sendable {
    public let message: LocalizedText
    public let subcommand: Command?

    public init(_ message: LocalizedText, subcommand: Command?) {
        self.message = message
        self.subcommand = subcommand
    }

    init(_ error: InputError, subcommand: Command?) {
        self.init(LocalizedText(en: error.message(in: .en), fr: error.message(in: .fr)), subcommand: subcommand)
    }
}
