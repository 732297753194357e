import CancelCore

/// `YYYY-MM-DD` for every day of a span around today, spelled once: a
/// portfolio writes three to six dates a row, nearly all within a few years
/// of today, and converting a day number to its parts each time cost more
/// than the rest of the row's fixed text. Days outside the span are
/// spelled as they come. Shared by both writing threads, read-only.
final class DateTexts: @unchecked Sendable {
    private let first: Int
    private let count: Int
    private let bytes: UnsafeMutableBufferPointer<UInt8>

    /// Five years back (missed deadlines, notices sent) to ten ahead.
    init(around today: CalendarDate, daysBefore: Int = 1_830, daysAfter: Int = 3_660) {
        first = today.dayNumber - daysBefore
        count = daysBefore + daysAfter + 1
        bytes = .allocate(capacity: count * 10)
        for offset in 0..<count {
            let (year, month, day) = CalendarDate(dayNumber: first + offset).components
            let base = offset * 10
            bytes[base] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year / 1000 % 10)
            bytes[base + 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year / 100 % 10)
            bytes[base + 2] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year / 10 % 10)
            bytes[base + 3] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year % 10)
            bytes[base + 4] = UInt8(ascii: "-")
            bytes[base + 5] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: month / 10)
            bytes[base + 6] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: month % 10)
            bytes[base + 7] = UInt8(ascii: "-")
            bytes[base + 8] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day / 10)
            bytes[base + 9] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day % 10)
        }
    }

    deinit { bytes.deallocate() }

    /// The date's ten bytes, or nil outside the span.
    @inline(__always)
    func text(_ date: CalendarDate) -> UnsafeBufferPointer<UInt8>? {
        let offset = date.dayNumber - first
        guard offset >= 0 && offset < count, let base = bytes.baseAddress else { return nil }
        return UnsafeBufferPointer(start: base + offset * 10, count: 10)
    }
}
