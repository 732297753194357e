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
}
