import CancelCore

/// A checked `vendors` request.
public struct VendorsRequest: CommandRequest, Equatable {
    public let json: Bool
    public let language: Language

    public init(json: Bool, language: Language) {
        self.json = json
        self.language = language
    }

    public func run(in cli: CancelCTL) -> CommandOutput {
        let summaries = cli.registry.descriptions.map { VendorSummary($0, language: language) }
        guard json else { return CommandOutput(stdout: VendorTextRenderer().list(summaries, language: language)) }
        return cli.json(summaries, language: language)
    }
}
