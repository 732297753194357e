import CancelCore
import CancelPortfolio

/// `--format csv`: one header row and one row per subscription, with the
/// JSON keys as headers; lists are joined with `;`. Columns added later
/// (reference, tracking) come last, so earlier consumers' positions hold. Text from the file
/// (name, owner, reference) goes through ``UntrustedText/spreadsheetCell(_:)``
/// (on bytes: ``ByteBuffer/appendSpreadsheetCell(_:)``) so a value such as
/// `=HYPERLINK(…)` opens as text, never as a formula.
struct PortfolioCSVWriter: PortfolioRowWriter {
    static let headers = ["line", "name", "owner", "vendor", "status", "deadline", "endDate", "daysLeft", "nextAction",
                          "actionDate", "channel", "requiredRoles", "missedDeadline", "missingFacts",
                          "reference", "noticeSent", "confirmed", "late"]

    var writesRowsIndependently: Bool { true }

    func begin(_ out: ByteWriter) {
        out.append(PortfolioCSVWriter.headers.joined(separator: ",") + "\n")
    }

    func write(_ entry: PortfolioEntry, vendor: String, text: PortfolioRowText, to out: inout ByteBuffer) {
        let comma = UInt8(ascii: ",")
        out.append(entry.line); out.append(byte: comma)
        out.appendSpreadsheetCell(text.nameBytes); out.append(byte: comma)
        out.appendSpreadsheetCell(text.ownerBytes); out.append(byte: comma)
        out.append(vendor); out.append(byte: comma)
        out.append(entry.status.rawValue); out.append(byte: comma)
        if let date = entry.deadline { out.append(date) }
        out.append(byte: comma)
        if let date = entry.endDate { out.append(date) }
        out.append(byte: comma)
        if let days = entry.daysLeft { out.append(days) }
        out.append(byte: comma)
        out.append(entry.action.rawValue); out.append(byte: comma)
        if let date = entry.actionDate { out.append(date) }
        out.append(byte: comma)
        out.append(entry.channel.rawValue); out.append(byte: comma)
        out.append(ListText.csvRoles[Int(entry.roleBits & ListText.roleMask)]); out.append(byte: comma)
        if let date = entry.missedDeadline { out.append(date) }
        out.append(byte: comma)
        if entry.missingBits != 0 { out.append(entry.missingFacts.map(\.rawValue).joined(separator: ";")) }
        out.append(byte: comma)
        out.appendSpreadsheetCell(text.referenceBytes); out.append(byte: comma)
        if let date = entry.noticeSent { out.append(date) }
        out.append(byte: comma)
        if let date = entry.confirmed { out.append(date) }
        out.append(byte: comma)
        out.append(entry.late ? "true" : "false")
        out.append(byte: 0x0A)
    }

    func end(_ out: ByteWriter) {}
}
