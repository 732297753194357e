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
        guard let base = bytes.baseAddress else { return }
        for offset in 0..<count {
            DateTexts.write(CalendarDate(dayNumber: first + offset), to: base + offset * 10)
        }
    }

    /// Writes `YYYY-MM-DD` into the ten bytes at `target`.
    @inline(__always)
    static func write(_ date: CalendarDate, to target: UnsafeMutablePointer<UInt8>) {
        let (year, month, day) = date.components
        target[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year / 1000 % 10)
        target[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year / 100 % 10)
        target[2] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year / 10 % 10)
        target[3] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year % 10)
        target[4] = UInt8(ascii: "-")
        target[5] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: month / 10)
        target[6] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: month % 10)
        target[7] = UInt8(ascii: "-")
        target[8] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day / 10)
        target[9] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day % 10)
    }

    deinit { bytes.deallocate() }

    /// Writes `YYYY-MM-DD` into the ten bytes at `target`: from the table
    /// as one 8-byte and one 2-byte copy when the date is in its span.
    @inline(__always)
    func copy(_ date: CalendarDate, to target: UnsafeMutablePointer<UInt8>) {
        // One unsigned compare covers both ends of the span.
        let offset = date.dayNumber &- first
        guard UInt(bitPattern: offset) < UInt(bitPattern: count), let base = bytes.baseAddress else {
            DateTexts.write(date, to: target)
            return
        }
        let source = UnsafeRawPointer(base + offset &* 10)
        let raw = UnsafeMutableRawPointer(target)
        raw.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
        raw.storeBytes(of: source.loadUnaligned(fromByteOffset: 8, as: UInt16.self), toByteOffset: 8, as: UInt16.self)
    }

    /// The date's ten bytes, or nil outside the span.
    @inline(__always)
    func text(_ date: CalendarDate) -> UnsafeBufferPointer<UInt8>? {
        let offset = date.dayNumber - first
        guard offset >= 0 && offset < count, let base = bytes.baseAddress else { return nil }
        return UnsafeBufferPointer(start: base + offset * 10, count: 10)
    }
}
