extension CalendarDate: LosslessStringConvertible, Codable {
    /// Parses exactly `YYYY-MM-DD`: no time, no zone, no lenient rollover
    /// (2027-02-30 is rejected, not turned into March 2).
    public init?(_ text: String) {
        self.init(iso: text.utf8)
    }

    public init?<Bytes: Collection>(iso bytes: Bytes) where Bytes.Element == UInt8 {
        guard bytes.count == 10 else { return nil }
        // Digits folded as they come (no array): this runs for every date cell of a portfolio.
        var year = 0, month = 0, day = 0
        var offset = 0
        for byte in bytes {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                if offset < 4 { year = year * 10 + digit } else if offset < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
            }
            offset += 1
        }
        self.init(year: year, month: month, day: day)
    }

    /// The same over bytes in memory, read by position rather than byte by
    /// byte: every date cell of a portfolio comes through here.
    /// `CalendarDateTests` checks it against the general form.
    public init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        // Each byte minus "0" is a digit when below 10 (bytes under "0" wrap
        // around to large values): one test for all eight.
        let y0 = bytes[0] &- 0x30, y1 = bytes[1] &- 0x30, y2 = bytes[2] &- 0x30, y3 = bytes[3] &- 0x30
        let m0 = bytes[5] &- 0x30, m1 = bytes[6] &- 0x30, d0 = bytes[8] &- 0x30, d1 = bytes[9] &- 0x30
        guard max(max(max(y0, y1), max(y2, y3)), max(max(m0, m1), max(d0, d1))) < 10 else { return nil }
        let year = Int(y0) * 1000 + Int(y1) * 100 + Int(y2) * 10 + Int(y3)
        let month = Int(m0) * 10 + Int(m1), day = Int(d0) * 10 + Int(d1)
        // The checks of init(year:month:day:); a day up to 28 exists in every month.
        guard year >= 1, month >= 1, month <= 12, day >= 1,
              day <= 28 || day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`, the form JSON and files carry.
    public var description: String {
        let (year, month, day) = components
        return CalendarDate.pad(year, 4) + "-" + CalendarDate.pad(month, 2) + "-" + CalendarDate.pad(day, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
