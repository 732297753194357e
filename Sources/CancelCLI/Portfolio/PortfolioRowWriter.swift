import CancelCore
import CancelPortfolio

/// One output format of `portfolio`: a preamble, one call per row (in the
/// order to print), and a closing. Rows are written as they come, so the
/// streaming mode never holds more than one.
protocol PortfolioRowWriter {
    func begin(_ out: ByteWriter)
    func write(_ entry: PortfolioEntry, vendor: String, text: PortfolioRowText, to out: ByteWriter)
    func end(_ out: ByteWriter)
    /// What the format has to tell on stderr once every row is written
    /// (two rows the calendar cannot tell apart).
    var notes: [LocalizedText] { get }
}

extension PortfolioRowWriter {
    var notes: [LocalizedText] { [] }
}

extension PortfolioFormat {
    func writer(language: Language, today: CalendarDate, colour: Bool = false) -> any PortfolioRowWriter {
        switch self {
        case .text: return PortfolioTextWriter(language: language, colour: colour)
        case .csv: return PortfolioCSVWriter()
        case .jsonl: return PortfolioJSONWriter(array: false)
        case .json: return PortfolioJSONWriter(array: true)
        case .ics: return PortfolioCalendarWriter(language: language, today: today)
        }
    }
}
