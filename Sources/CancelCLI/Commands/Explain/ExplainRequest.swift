import CancelCore

/// A checked `explain` request.
public struct ExplainRequest: CommandRequest, Equatable {
    public let vendor: String
    public let json: Bool
    public let language: Language

    public init(vendor: String, json: Bool, language: Language) {
        self.vendor = vendor
        self.json = json
        self.language = language
    }

    public func run(in cli: CancelCTL) -> CommandOutput {
        let description: VendorDescription
        do {
            description = try cli.registry.policy(id: vendor).description
        } catch {
            return cli.usageFailure(error, language: language)
        }
        let summary = VendorSummary(description, language: language)
        guard json else { return CommandOutput(stdout: VendorTextRenderer().explain(summary, language: language)) }
        return cli.json(summary, language: language)
    }
}
