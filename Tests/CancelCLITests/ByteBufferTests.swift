@testable import CancelCLI
import CancelCore
import Testing

/// Numbers and dates are formatted into a fixed buffer and appended at once
/// (for speed); these pin the bytes to what `String(describing:)` and ISO
/// dates give, edges included, so the change cannot alter any output.
@Suite struct ByteBufferTests {
    private func text(_ build: (inout ByteBuffer) -> Void) -> String {
        var buffer = ByteBuffer()
        build(&buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test func integersAreWrittenAsDecimal() {
        for value in [0, 7, 10, 99, 100, 2026, -1, -30, -400, 1_000_000, Int.max, Int.min] {
            #expect(text { $0.append(value) } == String(value))
        }
    }

    @Test func integersAppendAfterExistingBytes() {
        #expect(text { $0.append(byte: UInt8(ascii: "x")); $0.append(42); $0.append(-5) } == "x42-5")
    }

    @Test func datesAreWrittenISOAndCompact() throws {
        let cases: [(Int, Int, Int, String)] = [(2026, 11, 23, "2026-11-23"), (2000, 2, 29, "2000-02-29"),
                                                (1970, 1, 1, "1970-01-01"), (999, 12, 31, "0999-12-31"),
                                                (9999, 1, 9, "9999-01-09")]
        for (year, month, day, iso) in cases {
            let date = try #require(CalendarDate(year: year, month: month, day: day))
            #expect(text { $0.append(date) } == iso)
            #expect(text { $0.append(date, compact: true) } == iso.filter { $0 != "-" })
        }
    }

    @Test func copiesKeepTheirBytesWhenEitherAppends() {
        var first = ByteBuffer()
        first.append("shared")
        var second = first
        first.append(" first")
        second.append(" second")
        #expect(String(decoding: first.bytes, as: UTF8.self) == "shared first")
        #expect(String(decoding: second.bytes, as: UTF8.self) == "shared second")
        // Emptying a copy, keeping capacity, must not touch the other's bytes.
        var third = first
        third.removeAll(keepingCapacity: true)
        third.append("third")
        #expect(String(decoding: first.bytes, as: UTF8.self) == "shared first")
        #expect(String(decoding: third.bytes, as: UTF8.self) == "third")
        // Rows written into spare capacity also copy first.
        var fourth = first
        fourth.appendRow(upTo: 8) { $0.put("!!" as StaticString) }
        #expect(String(decoding: first.bytes, as: UTF8.self) == "shared first")
        #expect(String(decoding: fourth.bytes, as: UTF8.self) == "shared first!!")
    }

    @Test func rowsAndAppendsGrowPastAnyCapacity() {
        var buffer = ByteBuffer()
        var expected: [UInt8] = []
        buffer.reserveCapacity(10)
        for index in 0..<5_000 {
            let text = String(repeating: "r", count: index % 300) + "\(index)\n"
            if index % 2 == 0 {
                buffer.appendRow(upTo: text.utf8.count) { $0.put(text) }
            } else {
                buffer.append(text)
            }
            expected += Array(text.utf8)
            if index % 1_000 == 999 {
                // Emptied in place, as the output does every 64 KiB.
                #expect(buffer.bytes == expected)
                buffer.removeAll(keepingCapacity: true)
                expected = []
            }
        }
        #expect(buffer.isEmpty && buffer.count == 0)
        buffer.append(bytes: [1, 2, 3] as [UInt8])
        buffer.append(bytes: AnySequence([4, 5] as [UInt8]))
        #expect(buffer.bytes == [1, 2, 3, 4, 5])
    }

    @Test func jsonStringsAndCSVFieldsAreEscaped() {
        #expect(text { $0.appendJSONString("a\"b\\c\nd\re\tf\u{01}é") } == #""a\"b\\c\nd\re\tf\u0001é""#)
        #expect(text { $0.appendCSVField("plain") } == "plain")
        #expect(text { $0.appendCSVField("a,\"b\"") } == #""a,""b""""#)
    }
}
