import CancelCore
import CancelPortfolio

/// The output formats of `portfolio`.
public enum PortfolioFormat: String, CaseIterable, Sendable {
    case text
    case csv
    case jsonl
    case json
    case ics
}

/// Row order: most urgent first (collects every row), or file order
/// (streams in constant memory).
public enum PortfolioSort: String, CaseIterable, Sendable {
    case urgency
    case input
}

/// A checked `portfolio` request.
public struct PortfolioRequest: Sendable, Equatable {
    /// A file path, or `-` for standard input.
    public var input: String
    /// nil: detected from the content.
    public var inputFormat: PortfolioInputFormat?
    /// CSV field separator; nil: detected from the header line.
    public var delimiter: CSVDelimiter?
    public var format: PortfolioFormat
    public var sort: PortfolioSort
    public var horizon: Int
    public var today: CalendarDate
    public var language: Language
    /// Where to write rejected rows, unchanged.
    public var errorsPath: String?

    public init(input: String, inputFormat: PortfolioInputFormat? = nil, format: PortfolioFormat = .text,
                sort: PortfolioSort = .urgency, horizon: Int = PortfolioTriage.defaultHorizon, today: CalendarDate,
                language: Language = .en, errorsPath: String? = nil) {
        self.input = input
        self.inputFormat = inputFormat
        self.format = format
        self.sort = sort
        self.horizon = horizon
        self.today = today
        self.language = language
        self.errorsPath = errorsPath
    }
}
