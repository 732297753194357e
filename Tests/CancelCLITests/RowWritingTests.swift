@testable import CancelCLI
import CancelCore
import CancelPortfolio
import Testing

/// The CSV writer writes rows with plain stores into memory reserved once
/// per row (``RowCursor``), finds cells needing quotes eight bytes at a
/// time, spells ids from tables (``WordTable``, ``CaseOrder``) and dates
/// from a table around today (``DateTexts``), for speed; these pin each to
/// the plain `String` spelling it replaced, edges included, and check that
/// no row writes past the bound it reserved.
@Suite struct RowWritingTests {
    /// The row `build` writes with `bound` reserved (``ByteBuffer/appendRow(upTo:_:)``
    /// asserts, in debug builds such as the tests', that no row writes past it).
    private func row(bound: Int = 4096, _ build: (inout RowCursor) -> Void) -> String {
        var buffer = ByteBuffer()
        buffer.appendRow(upTo: bound, build)
        #expect(buffer.bytes.count <= bound)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    private func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { body(UnsafeBufferPointer($0)) }
    }

    /// The String rules: ``UntrustedText/spreadsheetCell(_:)``, then ``ByteBuffer/appendCSVField(_:)``.
    private func expectedCell(_ text: String) -> String {
        var expected = ByteBuffer()
        expected.appendCSVField(UntrustedText.spreadsheetCell(text))
        return String(decoding: expected.bytes, as: UTF8.self)
    }

    /// Cells over every length the word-at-a-time check treats apart
    /// (under 2, 4 and 8 bytes, whole words, a partial last word), with each
    /// special byte at every position, formula marks, non-ASCII and long cells.
    private static var cells: [String] {
        var cells = ["", "plain", "=SUM(A1)", "+33 1", "-5", "@me", "\tx", "\rx", "a,b", "say \"hi\"", "two\nlines",
                     "=HYPERLINK(\"a,b\")", "Café crème", "é", "日本語,", "\u{1F600}\"", "a;b", "a b", "a\tb",
                     String(repeating: "\"", count: 300)]
        let long = String(repeating: "x", count: 700)
        cells += [long, long + ",", "=" + long, "," + long, "=" + long + "\"", String(repeating: "é", count: 400) + "\r"]
        for length in 1...20 {
            cells.append(String(repeating: "a", count: length))
            for special in [",", "\"", "\n", "\r"] {
                for position in 0..<length {
                    var characters = Array(repeating: Character("a"), count: length)
                    characters[position] = Character(special)
                    cells.append(String(characters))
                }
            }
            // Bytes next to the four (+, -, /, !, #, \v, \f, space) must not count as them.
            cells.append(String(repeating: "+-/!#\u{0B}\u{0C} ", count: 3).prefix(length).description)
        }
        return cells
    }

    @Test func spreadsheetCellsMatchTheStringRules() {
        for text in RowWritingTests.cells {
            let bound = RowCursor.cellBound(text.utf8.count)
            let written = withBytes(text) { bytes in row(bound: bound) { $0.putSpreadsheetCell(bytes) } }
            #expect(written == expectedCell(text), "\(text.prefix(20).debugDescription)")
        }
    }

    /// Quoted cells are copied in runs between quotes: two quotes at every
    /// pair of positions, cells up to 40 bytes (the run copies treat up to
    /// 8, 16 and 32 bytes apart), with and without a formula mark.
    @Test func quotedCellsDoubleEveryQuote() {
        for length in 1...40 {
            for first in 0..<length {
                for second in Set([first, length - 1, (first + 9) % length, (first + 17) % length]) {
                    var bytes = [UInt8](repeating: UInt8(ascii: "b"), count: length)
                    bytes[first] = 0x22
                    bytes[second] = 0x22
                    for mark in [false, true] {
                        let text = (mark ? "=" : "") + String(decoding: bytes, as: UTF8.self)
                        let bound = RowCursor.cellBound(text.utf8.count)
                        let written = withBytes(text) { cell in row(bound: bound) { $0.putSpreadsheetCell(cell) } }
                        #expect(written == expectedCell(text), "\(text.debugDescription)")
                    }
                }
            }
        }
    }

    @Test func copiesWriteExactlyTheirBytes() {
        // Every length up to past the memcpy threshold, between guard bytes.
        for count in 0...48 {
            let source = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 1) }
            var target = [UInt8](repeating: 0xEE, count: count + 16)
            source.withUnsafeBufferPointer { source in
                target.withUnsafeMutableBufferPointer { target in
                    guard let from = source.baseAddress, let to = target.baseAddress else { return }
                    RowCursor.copy(from, to: to + 8, count: count)
                }
            }
            #expect(Array(target[0..<8]) == [UInt8](repeating: 0xEE, count: 8), "\(count) bytes")
            #expect(Array(target[8..<8 + count]) == source, "\(count) bytes")
            #expect(Array(target[(8 + count)...]) == [UInt8](repeating: 0xEE, count: 8), "\(count) bytes")
        }
    }

    @Test func theQuoteCheckFindsExactlyTheFourBytes() {
        for text in RowWritingTests.cells {
            let expected = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            #expect(withBytes(text) { RowCursor.needsQuotes($0) } == expected, "\(text.prefix(20).debugDescription)")
        }
        // Every byte value alone, and after seven plain bytes (the word path).
        for byte in UInt8.min...UInt8.max {
            let special = byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D
            for prefix in [0, 3, 7, 8, 13] {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: prefix) + [byte]
                let found = bytes.withUnsafeMutableBufferPointer { RowCursor.needsQuotes(UnsafeBufferPointer($0)) }
                #expect(found == special, "byte \(byte) after \(prefix)")
            }
        }
    }

    @Test func numbersDatesAndLongTextAreWrittenWhole() throws {
        let long = String(repeating: "é", count: 400)
        let date = try #require(CalendarDate(year: 2028, month: 2, day: 29))
        let today = try #require(CalendarDate(year: 2026, month: 11, day: 23))
        let table = DateTexts(around: today)
        let text = row(bound: 40 * 21 + 800 + 10 + 20 + 10) { row in
            for _ in 0..<40 { row.putDecimal(Int.min); row.put(UInt8(0x2C)) }
            row.put(long)
            row.put(date, table)
            row.putDecimal(0)
            row.put(CalendarDate(dayNumber: today.dayNumber + 100_000), table)
        }
        #expect(text == String(repeating: "\(Int.min),", count: 40) + long + "2028-02-29" + "0"
                + CalendarDate(dayNumber: today.dayNumber + 100_000).description)
        // Every digit count and sign, each side of every power of ten.
        var values = [0, 7, 10, 99, 100, 2026, -1, -30, 1_000_000, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power, -(power + 1)]
        }
        values += (0..<1_000).map { $0 * 37 } + [Int.max, Int.min + 1, Int.max / 10, 9_999_999_999_999_999]
        for value in values {
            #expect(row(bound: RowCursor.numberBound) { $0.putDecimal(value) } == String(value))
        }
        // UInt64's largest magnitude, 20 digits, comes from Int.min alone (19 digits and a sign).
        #expect(row(bound: RowCursor.numberBound) { $0.putDecimal(Int.min) }.utf8.count == 20)
    }

    @Test func datesFromTheTableMatchCalendarDates() throws {
        let today = try #require(CalendarDate(year: 2026, month: 11, day: 23))
        let table = DateTexts(around: today, daysBefore: 800, daysAfter: 1_500)
        for offset in -810...1_510 {
            let date = today.adding(days: offset)
            let text = row(bound: 10) { $0.put(date, table) }
            #expect(text == date.description)
            #expect((table.text(date) != nil) == (-800...1_500).contains(offset))
        }
        for date in [CalendarDate(dayNumber: -719_162), CalendarDate(dayNumber: 2_932_896)] {
            #expect(row(bound: 10) { $0.put(date, table) } == date.description)
        }
    }

    @Test func caseOrderIsThePositionInAllCases() {
        // The CSV writer spells a status by its urgency: one per status, from 0.
        #expect(PortfolioStatus.allCases.map(\.urgency).sorted() == Array(0..<PortfolioStatus.allCases.count))
        for (index, action) in PortfolioAction.allCases.enumerated() { #expect(action.order == index) }
        for (index, channel) in Channel.allCases.enumerated() { #expect(channel.order == index) }
    }

    @Test func wordTablesReturnAndCopyEachWord() {
        let words = ["", "owner", "owner;admin", "é", "", String(repeating: "w", count: 16), String(repeating: "v", count: 17),
                     "billing-admin;super-admin;product-admin", "x", "product-admin;billing-contact",
                     String(repeating: "u", count: 32), String(repeating: "t", count: 33)]
        let table = WordTable(words)
        #expect(table.longest == words.map(\.utf8.count).max())
        #expect(table.total == words.reduce(0) { $0 + $1.utf8.count })
        for (index, word) in words.enumerated() {
            #expect(String(decoding: table[index], as: UTF8.self) == word)
            // Copied after other bytes and followed by more: the slack a short
            // word stores past itself is overwritten, and stays within the bound.
            let text = row(bound: 2 + table.longest + 1 + WordTable.slack) { row in
                row.put(UInt8(ascii: "<")); row.put(UInt8(ascii: "<"))
                row.put(table, index)
                row.put(UInt8(ascii: ">"))
            }
            #expect(text == "<<" + word + ">")
        }
    }

    @Test func csvRowsStayWithinTheirBound() throws {
        // Every cell as long as it gets (all quotes), the longest words and
        // every missing fact: the row fits the bound the writer reserves.
        let today = try #require(CalendarDate(year: 2026, month: 11, day: 23))
        let writer = PortfolioCSVWriter(today: today)
        let quotes = String(repeating: "\"", count: 50)
        for late in [false, true] {
            let entry = PortfolioEntry(line: Int.max, vendorIndex: 0, status: .missed, action: .chaseConfirmation,
                                       channel: .accountManager, roleBits: ListText.roleMask, missingBits: UInt32.max,
                                       today: today, deadline: CalendarDate(dayNumber: -719_162), actionDate: today,
                                       endDate: CalendarDate(dayNumber: 2_932_896), missedDeadline: today,
                                       noticeSent: today, confirmed: today, late: late)
            var buffer = ByteBuffer()
            withBytes(quotes) { cell in
                writer.write(entry, vendor: "vendor", text: PortfolioRowText(name: cell, owner: cell, reference: cell), to: &buffer)
            }
            let text = String(decoding: buffer.bytes, as: UTF8.self)
            #expect(text.hasPrefix("\(Int.max),\"\(String(repeating: "\"", count: 100))\","))
            #expect(text.hasSuffix(late ? ",true\n" : ",false\n"))
            #expect(text.filter { $0 == "\n" }.count == 1)
        }
    }

    @Test func vendorsFromTheTableMatchTheVendorGiven() throws {
        // Registered vendors are spelled from the writer's table by index;
        // a vendor with no rules (and an index past the table) from the
        // vendor the writer is given, asked for only then.
        let today = try #require(CalendarDate(year: 2026, month: 11, day: 23))
        let ids = ["aircall", "a-vendor-id-longer-than-sixteen-bytes", "x"]
        let withTable = PortfolioCSVWriter(today: today, vendorIDs: ids)
        let without = PortfolioCSVWriter(today: today)
        for index in [0, 1, 2, 3, PortfolioEntry.unlistedVendorIndex] {
            let entry = PortfolioEntry(line: 7, vendorIndex: index, status: .ok, action: .none, channel: .email,
                                       roleBits: 1, missingBits: 0, today: today, deadline: today, actionDate: nil,
                                       endDate: today, missedDeadline: nil)
            let given = index < ids.count ? ids[index] : "Typed Vendor"
            var asked = 0
            var fromTable = ByteBuffer(), fromGiven = ByteBuffer()
            withTable.write(entry, vendor: { asked += 1; return given }(), text: PortfolioRowText(), to: &fromTable)
            without.write(entry, vendor: given, text: PortfolioRowText(), to: &fromGiven)
            #expect(fromTable.bytes == fromGiven.bytes, "vendor index \(index)")
            #expect(String(decoding: fromTable.bytes, as: UTF8.self).contains("," + given + ","))
            #expect(asked == (index < ids.count ? 0 : 1))
        }
    }

    @Test func unlistedVendorsAreSpreadsheetCells() throws {
        let today = try #require(CalendarDate(year: 2026, month: 11, day: 23))
        let writer = PortfolioCSVWriter(today: today, vendorIDs: ["aircall"])
        let entry = PortfolioEntry(line: 2, vendorIndex: PortfolioEntry.unlistedVendorIndex, status: .ok, action: .none,
                                   channel: .email, roleBits: 0, missingBits: 0, today: today, deadline: nil,
                                   actionDate: nil, endDate: nil, missedDeadline: nil)
        for typed in ["Plain Vendor", "=HYPERLINK(\"x\"),y", "-1", "@me", "a,b", "say \"hi\"", "Café", String(repeating: "\"", count: 40)] {
            var buffer = ByteBuffer()
            writer.write(entry, vendor: typed, text: PortfolioRowText(), to: &buffer)
            let fields = String(decoding: buffer.bytes, as: UTF8.self)
            #expect(fields.hasPrefix("2,,," + expectedCell(typed) + ",ok,"), "\(typed)")
        }
    }

    @Test func shortCopiesCopyExactlyTheirBytes() {
        // Every length through the memcpy threshold and past it, at odd
        // offsets: the bytes around the target stay as they were.
        let source = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 1) }
        for count in 0...40 {
            for offset in [0, 1, 3, 7] {
                var target = [UInt8](repeating: 0xEE, count: 100)
                source.withUnsafeBufferPointer { from in
                    target.withUnsafeMutableBufferPointer { to in
                        guard let from = from.baseAddress, let to = to.baseAddress else { return }
                        RowCursor.copy(from + offset, to: to + 10 + offset, count: count)
                    }
                }
                let expected = [UInt8](repeating: 0xEE, count: 10 + offset) + source[offset..<offset + count]
                    + [UInt8](repeating: 0xEE, count: 100 - 10 - offset - count)
                #expect(target == expected, "\(count) bytes at \(offset)")
            }
        }
    }
}
