import CancelCore

/// One output format of `portfolio`: a preamble, one call per row (in the
/// order to print), and a closing. Rows are written as they come, so the
/// streaming mode never holds more than one.
protocol PortfolioRowWriter {
    func begin(_ out: ByteWriter)
    func write(_ entry: PortfolioEntry, vendor: String, name: String, owner: String, to out: ByteWriter)
    func end(_ out: ByteWriter)
    /// What the format has to tell on stderr once every row is written
    /// (two rows the calendar cannot tell apart).
    var notes: [LocalizedText] { get }
}

extension PortfolioRowWriter {
    var notes: [LocalizedText] { [] }
}

extension PortfolioFormat {
    func writer(language: Language, today: CalendarDate) -> any PortfolioRowWriter {
        switch self {
        case .text: return PortfolioTextWriter(language: language)
        case .csv: return PortfolioCSVWriter()
        case .jsonl: return PortfolioJSONWriter(array: false)
        case .json: return PortfolioJSONWriter(array: true)
        case .ics: return PortfolioCalendarWriter(language: language, today: today)
        }
    }
}
