import CancelCore
import CancelPortfolio

/// `--format csv`: one header row and one row per subscription, with the
/// JSON keys as headers; lists are joined with `;`. Columns added later
/// (reference, tracking) come last, so earlier consumers' positions hold. Text from the file
/// (name, owner, reference) goes through ``UntrustedText/spreadsheetCell(_:)``
/// (on bytes: ``ScratchRow/appendSpreadsheetCell(_:)``) so a value such as
/// `=HYPERLINK(…)` opens as text, never as a formula. A class: its tables
/// are shared by both writing threads without a reference count per row.
final class PortfolioCSVWriter: PortfolioRowWriter {
    static let headers = ["line", "name", "owner", "vendor", "status", "deadline", "endDate", "daysLeft", "nextAction",
                          "actionDate", "channel", "requiredRoles", "missedDeadline", "missingFacts",
                          "reference", "noticeSent", "confirmed", "late"]

    /// Ids spelled once: statuses (by ``PortfolioStatus/urgency``), actions
    /// and channels (by their order in `allCases`), role lists (by
    /// ``PortfolioEntry/roleBits``) and facts.
    private let statuses = WordTable(PortfolioStatus.allCases.sorted { $0.urgency < $1.urgency }.map(\.rawValue))
    private let actions = WordTable(PortfolioAction.allCases.map(\.rawValue))
    private let channels = WordTable(Channel.allCases.map(\.rawValue))
    private let roles = WordTable(ListText.csvRoles)
    private let facts = WordTable(Fact.cases.map(\.rawValue))
    private let dates: DateTexts

    init(today: CalendarDate) {
        dates = DateTexts(around: today)
    }

    var writesRowsIndependently: Bool { true }

    func begin(_ out: ByteWriter) {
        out.append(PortfolioCSVWriter.headers.joined(separator: ",") + "\n")
    }

    func write(_ entry: PortfolioEntry, vendor: String, text: PortfolioRowText, to out: inout ByteBuffer) {
        out.appendRow { row in
            let comma = UInt8(ascii: ",")
            row.append(entry.line); row.append(byte: comma)
            row.appendSpreadsheetCell(text.nameBytes); row.append(byte: comma)
            row.appendSpreadsheetCell(text.ownerBytes); row.append(byte: comma)
            row.append(vendor); row.append(byte: comma)
            row.append(statuses[entry.status.urgency]); row.append(byte: comma)
            if let date = entry.deadline { row.append(date, dates) }
            row.append(byte: comma)
            if let date = entry.endDate { row.append(date, dates) }
            row.append(byte: comma)
            if let days = entry.daysLeft { row.append(days) }
            row.append(byte: comma)
            row.append(actions[entry.action.order]); row.append(byte: comma)
            if let date = entry.actionDate { row.append(date, dates) }
            row.append(byte: comma)
            row.append(channels[entry.channel.order]); row.append(byte: comma)
            row.append(roles[Int(entry.roleBits & ListText.roleMask)]); row.append(byte: comma)
            if let date = entry.missedDeadline { row.append(date, dates) }
            row.append(byte: comma)
            var missing = entry.missingBits
            var first = true
            while missing != 0 {
                let index = missing.trailingZeroBitCount
                if index < Fact.cases.count {
                    if !first { row.append(byte: UInt8(ascii: ";")) }
                    row.append(facts[index])
                    first = false
                }
                missing &= missing - 1
            }
            row.append(byte: comma)
            row.appendSpreadsheetCell(text.referenceBytes); row.append(byte: comma)
            if let date = entry.noticeSent { row.append(date, dates) }
            row.append(byte: comma)
            if let date = entry.confirmed { row.append(date, dates) }
            row.append(byte: comma)
            row.append(entry.late ? "true" : "false" as StaticString)
            row.append(byte: 0x0A)
        }
    }

    func end(_ out: ByteWriter) {}
}
