import CancelCore

/// The bytes of one output row, built in a value so appending is checked for
/// exclusive access statically: the same appends on ``ByteWriter``'s class
/// property cost a dynamic exclusivity check each, which showed in profiles.
public struct ByteBuffer: Sendable {
    public var bytes: [UInt8] = []

    public init() {}

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    public mutating func append<Bytes: Sequence>(bytes more: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: more)
    }

    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    public mutating func append(_ number: Int) {
        var value = number.magnitude
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        // Digits fill the tuple from its end, then go out in one append:
        // appending byte by byte paid a uniqueness and capacity check each.
        withUnsafeMutableBytes(of: &digits) { raw in
            var start = raw.count
            repeat {
                start -= 1
                raw[start] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            } while value > 0 && start > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[start...]))
        }
    }

    /// `YYYY-MM-DD`, or `YYYYMMDD` when `compact` (iCalendar).
    public mutating func append(_ date: CalendarDate, compact: Bool = false) {
        let (year, month, day) = date.components
        // Formatted in a fixed 10-byte tuple and appended once (see `append(_: Int)`).
        var text: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &text) { raw in
            var count = 0
            func two(_ value: Int) {
                raw[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10 % 10)
                raw[count + 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
                count += 2
            }
            two(year / 100)
            two(year % 100)
            if !compact { raw[count] = UInt8(ascii: "-"); count += 1 }
            two(month)
            if !compact { raw[count] = UInt8(ascii: "-"); count += 1 }
            two(day)
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[..<count]))
        }
    }

    /// A JSON string literal, quotes included.
    public mutating func appendJSONString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                           hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A CSV field, quoted only when it holds a comma, a quote or a line break.
    public mutating func appendCSVField(_ text: String) {
        var text = text
        // Over the contiguous UTF-8 at once: iterating `utf8` byte by byte showed in profiles.
        text.withUTF8 { raw in
            guard raw.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                bytes.append(contentsOf: raw)
                return
            }
            bytes.append(0x22)
            for byte in raw {
                bytes.append(byte)
                if byte == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
        }
    }
}
