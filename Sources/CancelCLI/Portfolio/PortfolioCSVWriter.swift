import CancelCore
import CancelPortfolio

/// `--format csv`: one header row and one row per subscription, with the
/// JSON keys as headers; lists are joined with `;`. Columns added later
/// (reference, tracking) come last, so earlier consumers' positions hold. Text from the file
/// (name, owner, reference, and a vendor cancelctl has no rules for) goes through ``UntrustedText/spreadsheetCell(_:)``
/// (on bytes: ``RowCursor/putSpreadsheetCell(_:)``) so a value such as
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
    /// The registry's ids, by ``PortfolioEntry/vendorIndex`` (a vendor
    /// cancelctl has no rules for is spelled from the `vendor` it is given).
    private let vendors: WordTable
    private let vendorCount: Int
    private let dates: DateTexts
    /// ``ListText/roleMask`` and the number of facts, read once: a global
    /// `static let` is read through a `swift_once` call each time.
    private let roleMask: UInt32
    private let factCount: Int
    /// The most bytes a row takes besides its name, owner, reference and
    /// vendor: the line and days left as numbers, six dates, the longest
    /// words, every fact, 17 commas, a line feed, and the words' slack.
    private let fixedBound: Int

    init(today: CalendarDate, vendorIDs: [String] = []) {
        dates = DateTexts(around: today)
        vendors = WordTable(vendorIDs)
        vendorCount = vendorIDs.count
        roleMask = ListText.roleMask
        factCount = Fact.cases.count
        fixedBound = 2 * RowCursor.numberBound + 6 * 10 + statuses.longest + actions.longest + channels.longest
            + roles.longest + facts.total + Fact.cases.count + "false".utf8.count + 18 + WordTable.slack
    }

    var writesRowsIndependently: Bool { true }

    func begin(_ out: ByteWriter) {
        out.append(PortfolioCSVWriter.headers.joined(separator: ",") + "\n")
    }

    func write(_ entry: PortfolioEntry, vendor: @autoclosure () -> String, text: PortfolioRowText,
               to out: inout ByteBuffer) {
        write(entry, unlistedVendor: lists(entry) ? "" : vendor(), text: text, to: &out)
    }

    /// True when the entry's vendor is spelled from the table of ids (a
    /// registered vendor); otherwise the row gives its name.
    @inline(__always)
    func lists(_ entry: PortfolioEntry) -> Bool { Int(entry.vendorIndex) < vendorCount }

    /// The row, with the vendor's name as typed when it is not a registered
    /// one (empty otherwise): what the sorted output calls directly, with no
    /// closure over the planner (copying the planner into one retained and
    /// released its tables for every row).
    func write(_ entry: PortfolioEntry, unlistedVendor unlisted: String, text: PortfolioRowText, to out: inout ByteBuffer) {
        var unlisted = unlisted
        unlisted.withUTF8 { write(entry, unlistedVendorID: $0, text: text, to: &out) }
    }

    /// The same with the unlisted vendor's id as UTF-8 (empty for a
    /// registered vendor): the sorted view keeps each such id once.
    // Never inlined: the row is some twenty pieces of inlined stores, and
    // inlined into its caller's loop it grew past the size at which the
    // optimizer still inlines the word loads and copies inside it.
    @inline(never)
    func write(_ entry: PortfolioEntry, unlistedVendorID unlisted: UnsafeBufferPointer<UInt8>, text: PortfolioRowText,
               to out: inout ByteBuffer) {
        let vendorIndex = Int(entry.vendorIndex)
        let listed = lists(entry)
        // One bound for the whole row, then plain stores (``RowCursor``).
        // Wrapping sums: buffer counts are far below overflow, and checked ones branched for each.
        let bound = fixedBound &+ (listed ? vendors.longest : RowCursor.cellBound(unlisted.count))
            &+ RowCursor.cellBound(text.nameBytes.count)
            &+ RowCursor.cellBound(text.ownerBytes.count) &+ RowCursor.cellBound(text.referenceBytes.count)
        out.appendRow(upTo: bound) { row in
            let comma = UInt8(ascii: ",")
            row.putDecimal(entry.line); row.put(comma)
            row.putSpreadsheetCell(text.nameBytes); row.put(comma)
            row.putSpreadsheetCell(text.ownerBytes); row.put(comma)
            if listed {
                row.put(vendors, vendorIndex)
            } else {
                // A vendor cancelctl has no rules for is text from the file:
                // a spreadsheet cell like name and owner (written raw, a
                // comma split the row and `=…` opened as a formula).
                row.putSpreadsheetCell(unlisted)
            }
            row.put(comma)
            row.put(statuses, entry.status.urgency); row.put(comma)
            if let date = entry.deadline { row.put(date, dates) }
            row.put(comma)
            if let date = entry.endDate { row.put(date, dates) }
            row.put(comma)
            if let days = entry.daysLeft { row.putDecimal(days) }
            row.put(comma)
            row.put(actions, entry.action.order); row.put(comma)
            if let date = entry.actionDate { row.put(date, dates) }
            row.put(comma)
            row.put(channels, entry.channel.order); row.put(comma)
            row.put(roles, Int(entry.roleBits & roleMask)); row.put(comma)
            if let date = entry.missedDeadline { row.put(date, dates) }
            row.put(comma)
            var missing = entry.missingBits
            var first = true
            while missing != 0 {
                let index = missing.trailingZeroBitCount
                if index < factCount {
                    if !first { row.put(UInt8(ascii: ";")) }
                    row.put(facts, index)
                    first = false
                }
                missing &= missing - 1
            }
            row.put(comma)
            row.putSpreadsheetCell(text.referenceBytes); row.put(comma)
            if let date = entry.noticeSent { row.put(date, dates) }
            row.put(comma)
            if let date = entry.confirmed { row.put(date, dates) }
            row.put(comma)
            // The last cell and the line feed as one 8-byte store (in the words' slack).
            let t = UInt8(ascii: "t"), r = UInt8(ascii: "r"), u = UInt8(ascii: "u"), e = UInt8(ascii: "e")
            let f = UInt8(ascii: "f"), a = UInt8(ascii: "a"), l = UInt8(ascii: "l"), s = UInt8(ascii: "s")
            if entry.late { row.put((t, r, u, e, 0x0A, 0, 0, 0), count: 5) } else { row.put((f, a, l, s, e, 0x0A, 0, 0), count: 6) }
        }
    }

    func end(_ out: ByteWriter) {}
}
