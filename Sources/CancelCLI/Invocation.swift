import CancelCore
import CancelPortfolio

/// What the user asked for, fully checked: running it cannot fail on input.
public enum Invocation: Sendable, Equatable {
    case help(Subcommand?, Language)
    case version
    case plan(PlanRequest)
    case notice(NoticeRequest)
    case vendors(format: OutputFormat, language: Language)
    case explain(vendor: String, format: OutputFormat, language: Language)
    case portfolio(PortfolioRequest)
}

/// A checked `plan` request.
public struct PlanRequest: Sendable, Equatable {
    public let vendor: String
    public let facts: AccountFacts
    public let language: Language
    public let format: OutputFormat
    /// Where to write the output instead of stdout (`--output`).
    public var output: String?

    public init(vendor: String, facts: AccountFacts, language: Language, format: OutputFormat, output: String? = nil) {
        self.vendor = vendor
        self.facts = facts
        self.language = language
        self.format = format
        self.output = output
    }
}
