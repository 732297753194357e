import CancelCore
import CancelPortfolio

/// One output format of `portfolio`: a preamble, one call per row (in the
/// order to print), and a closing. Rows are written as they come, so the
/// streaming mode never holds more than one.
protocol PortfolioRowWriter {
    func begin(_ out: ByteWriter)
    func write(_ entry: PortfolioEntry, vendor: String, text: PortfolioRowText, to out: inout ByteBuffer)
    func end(_ out: ByteWriter)
    /// What the format has to tell on stderr once every row is written
    /// (two rows the calendar cannot tell apart).
    var notes: [LocalizedText] { get }
    /// True when rows can be written on several threads at once, each into
    /// its own buffer, and joined in order: the format keeps no state from
    /// row to row (CSV, JSON Lines).
    var writesRowsIndependently: Bool { get }
}

extension PortfolioRowWriter {
    var notes: [LocalizedText] { [] }
    var writesRowsIndependently: Bool { false }
}

extension PortfolioFormat {
    func writer(language: Language, today: CalendarDate, colour: Bool = false) -> any PortfolioRowWriter {
        switch self {
        case .text: return PortfolioTextWriter(language: language, colour: colour)
        case .csv: return PortfolioCSVWriter(today: today)
        case .jsonl: return PortfolioJSONWriter(array: false)
        case .json: return PortfolioJSONWriter(array: true)
        case .ics: return PortfolioCalendarWriter(language: language, today: today)
        }
    }
}
