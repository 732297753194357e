import CancelCore

/// `help`, `--help` or `-h`: a help page on stdout, exit 0.
public struct HelpRequest: CommandRequest, Equatable {
    /// nil: the page of `cancelctl` itself.
    public let topic: Command?
    public let language: Language

    public init(topic: Command?, language: Language) {
        self.topic = topic
        self.language = language
    }

    public func run(in cli: CancelCTL) -> CommandOutput {
        CommandOutput(stdout: HelpText(registry: cli.registry, language: language).full(for: topic))
    }
}
