import CancelCore

/// `--version`.
public struct VersionRequest: CommandRequest, Equatable {
    public init() {}

    public var language: Language { .en }

    public func run(in cli: CancelCTL) -> CommandOutput {
        CommandOutput(stdout: CancelCTL.version + "\n")
    }
}
