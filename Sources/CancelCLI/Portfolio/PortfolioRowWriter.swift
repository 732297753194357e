import CancelCore
import CancelPortfolio

/// One output format of `portfolio`: a preamble, one call per row (in the
/// order to print), and a closing. Rows are written as they come, so the
/// streaming mode never holds more than one.
protocol PortfolioRowWriter {
    func begin(_ out: ByteWriter)
    /// `vendor` is the vendor's id, or the vendor as typed when cancelctl
    /// has no rules for it: computed only if the format asks (CSV spells
    /// registered vendors from a table by index).
    func write(_ entry: PortfolioEntry, vendor: @autoclosure () -> String, text: PortfolioRowText, to out: inout ByteBuffer)
    func end(_ out: ByteWriter)
    /// What the format has to tell on stderr once every row is written
    /// (two rows the calendar cannot tell apart).
    var notes: [LocalizedText] { get }
    /// True when rows can be written on several threads at once, each into
    /// its own buffer, and joined in order: the format keeps no state from
    /// row to row (CSV, JSON Lines).
    var writesRowsIndependently: Bool { get }
    /// True when rows are written from ``PortfolioRowText/identity`` (the
    /// calendar's UIDs): only then are each row's id and product looked up.
    var needsIdentity: Bool { get }
}

extension PortfolioRowWriter {
    var notes: [LocalizedText] { [] }
    var writesRowsIndependently: Bool { false }
    var needsIdentity: Bool { false }
}

extension PortfolioFormat {
    /// `vendorIDs`: the registry's ids, by ``PortfolioEntry/vendorIndex``.
    func writer(language: Language, today: CalendarDate, colour: Bool = false, vendorIDs: [String] = []) -> any PortfolioRowWriter {
        switch self {
        case .text: return PortfolioTextWriter(language: language, colour: colour)
        case .csv: return PortfolioCSVWriter(today: today, vendorIDs: vendorIDs)
        case .jsonl: return PortfolioJSONWriter(array: false)
        case .json: return PortfolioJSONWriter(array: true)
        case .ics: return PortfolioCalendarWriter(language: language, today: today)
        }
    }
}
