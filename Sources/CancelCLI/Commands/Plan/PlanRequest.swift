import CancelCore

/// A checked `plan` request.
public struct PlanRequest: CommandRequest, Equatable {
    public let vendor: String
    public let facts: AccountFacts
    public let language: Language
    public let format: OutputFormat
    /// Where to write the output instead of stdout (`--output`).
    public var output: String?
    /// The account at the vendor (`--account`): what tells two
    /// subscriptions of one vendor apart in a calendar.
    public var account: String?

    public init(vendor: String, facts: AccountFacts, language: Language, format: OutputFormat, output: String? = nil, account: String? = nil) {
        self.vendor = vendor
        self.facts = facts
        self.language = language
        self.format = format
        self.output = output
        self.account = account
    }

    public func run(in cli: CancelCTL) -> CommandOutput {
        cli.plan(self)
    }
}
