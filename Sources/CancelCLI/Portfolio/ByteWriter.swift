import CancelCore

/// Buffered output for the portfolio formats: appends bytes, numbers and
/// dates without building intermediate strings, and flushes to its sink in
/// 64 KiB writes so a million rows stream in constant memory.
public final class ByteWriter {
    public let sink: any OutputSink
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// False once a write to the sink failed (a closed pipe, a full disk).
    public private(set) var ok = true

    public init(sink: any OutputSink, capacity: Int = 1 << 16) {
        self.sink = sink
        self.capacity = capacity
        buffer.reserveCapacity(capacity + 1024)
    }

    deinit { flush() }

    public func flush() {
        guard !buffer.isEmpty else { return }
        if ok {
            ok = buffer.withUnsafeBytes { sink.write($0) }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    @inline(__always) private func maybeFlush() {
        if buffer.count >= capacity { flush() }
    }

    public func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        maybeFlush()
    }

    public func append<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        maybeFlush()
    }

    public func append(byte: UInt8) {
        buffer.append(byte)
        maybeFlush()
    }

    public func append(_ number: Int) {
        var value = number.magnitude
        if number < 0 { buffer.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                count += 1
            } while value > 0 && count < 20
            while count > 0 {
                count -= 1
                buffer.append(raw[count])
            }
        }
        maybeFlush()
    }

    /// `YYYY-MM-DD`, or `YYYYMMDD` when `compact` (iCalendar).
    public func append(_ date: CalendarDate, compact: Bool = false) {
        let (year, month, day) = date.components
        func two(_ value: Int) {
            buffer.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10 % 10))
            buffer.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
        }
        two(year / 100)
        two(year % 100)
        if !compact { buffer.append(UInt8(ascii: "-")) }
        two(month)
        if !compact { buffer.append(UInt8(ascii: "-")) }
        two(day)
        maybeFlush()
    }

    /// A JSON string literal, quotes included.
    public func appendJSONString(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                           hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
        maybeFlush()
    }

    /// A CSV field, quoted only when it holds a comma, a quote or a line break.
    public func appendCSVField(_ text: String) {
        let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return append(text) }
        buffer.append(0x22)
        for byte in text.utf8 {
            buffer.append(byte)
            if byte == 0x22 { buffer.append(0x22) }
        }
        buffer.append(0x22)
        maybeFlush()
    }
}
