@testable import CancelCLI
import CancelCore
import CancelPortfolio
import Testing

/// The CSV writer builds rows in stack memory (``ScratchRow``), spells ids
/// from tables (``WordTable``, ``CaseOrder``) and dates from a table around
/// today (``DateTexts``), for speed; these pin each to the plain `String`
/// spelling it replaced, edges included.
@Suite struct RowWritingTests {
    private func row(_ build: (inout ScratchRow) -> Void) -> String {
        var buffer = ByteBuffer()
        buffer.appendRow(build)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    private func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { body(UnsafeBufferPointer($0)) }
    }

    @Test func spreadsheetCellsMatchTheStringRules() {
        let long = String(repeating: "x", count: 700)
        for text in ["", "plain", "=SUM(A1)", "+33 1", "-5", "@me", "\tx", "\rx", "a,b", "say \"hi\"", "two\nlines",
                     "=HYPERLINK(\"a,b\")", "Café crème", long, long + ",", "=" + long, String(repeating: "\"", count: 300)] {
            var expected = ByteBuffer()
            expected.appendCSVField(UntrustedText.spreadsheetCell(text))
            let written = withBytes(text) { bytes in row { $0.appendSpreadsheetCell(bytes) } }
            #expect(written == String(decoding: expected.bytes, as: UTF8.self), "\(text.prefix(20))")
        }
    }

    @Test func numbersDatesAndLongTextSurviveFlushes() throws {
        let long = String(repeating: "é", count: 400)
        let date = try #require(CalendarDate(year: 2028, month: 2, day: 29))
        let text = row { row in
            for _ in 0..<40 { row.append(Int.min); row.append(byte: 0x2C) }
            row.append(long)
            row.append(date)
            row.append(0)
        }
        #expect(text == String(repeating: "\(Int.min),", count: 40) + long + "2028-02-29" + "0")
    }

    @Test func datesFromTheTableMatchCalendarDates() throws {
        let today = try #require(CalendarDate(year: 2026, month: 11, day: 23))
        let table = DateTexts(around: today, daysBefore: 800, daysAfter: 1_500)
        for offset in -810...1_510 {
            let date = today.adding(days: offset)
            let text = row { $0.append(date, table) }
            #expect(text == date.description)
            #expect((table.text(date) != nil) == (-800...1_500).contains(offset))
        }
        for date in [CalendarDate(dayNumber: -719_162), CalendarDate(dayNumber: 2_932_896)] {
            #expect(row { $0.append(date, table) } == date.description)
        }
    }

    @Test func caseOrderIsThePositionInAllCases() {
        // The CSV writer spells a status by its urgency: one per status, from 0.
        #expect(PortfolioStatus.allCases.map(\.urgency).sorted() == Array(0..<PortfolioStatus.allCases.count))
        for (index, action) in PortfolioAction.allCases.enumerated() { #expect(action.order == index) }
        for (index, channel) in Channel.allCases.enumerated() { #expect(channel.order == index) }
    }

    @Test func wordTablesReturnEachWord() {
        let words = ["", "owner", "owner;admin", "é", ""]
        let table = WordTable(words)
        for (index, word) in words.enumerated() {
            #expect(String(decoding: table[index], as: UTF8.self) == word)
        }
    }
}
