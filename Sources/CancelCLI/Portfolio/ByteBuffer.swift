import CancelCore

/// Output bytes, built in a value so appending is checked for exclusive
/// access statically: the same appends on ``ByteWriter``'s class property
/// cost a dynamic exclusivity check each, which showed in profiles.
///
/// The bytes live in memory of its own rather than an `[UInt8]`, so a row
/// can be written straight into the spare capacity with plain stores and
/// the count set once (``appendRow(upTo:_:)``); an array offers no way to
/// write past its count. Copy on write: a copy shares the memory until one
/// of them appends, which first makes it its own. Unchecked `Sendable` for
/// that reason: shared memory is only ever read.
public struct ByteBuffer: @unchecked Sendable {
    /// A fixed allocation; growing makes a new one, so its fields never change.
    private final class Storage {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        deinit { base.deallocate() }
    }

    private var storage: Storage?
    public private(set) var count = 0

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// A copy of the bytes (tests; output goes through ``withUnsafeBytes(_:)``).
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: storage?.base, count: count))
    }

    /// Room for `more` bytes after the count, in memory this value owns;
    /// returns where they go.
    @inline(__always)
    private mutating func reserve(_ more: Int) -> UnsafeMutablePointer<UInt8> {
        // Uniqueness first: binding `storage` to a local would make it shared.
        if isKnownUniquelyReferenced(&storage), let storage, storage.capacity - count >= more {
            return storage.base + count
        }
        return grow(more)
    }

    @inline(never)
    private mutating func grow(_ more: Int) -> UnsafeMutablePointer<UInt8> {
        // Doubling, so appending n bytes copies O(n) in all.
        let capacity = max(count + more, 2 * (storage?.capacity ?? 0), 64)
        let grown = Storage(capacity: capacity)
        if let storage, count > 0 { grown.base.update(from: storage.base, count: count) }
        storage = grown
        return grown.base + count
    }

    /// Makes room for `capacity` bytes in all, to append without growing.
    public mutating func reserveCapacity(_ capacity: Int) {
        if capacity > count { _ = reserve(capacity - count) }
    }

    /// Empties the buffer, keeping its memory when this value owns it.
    public mutating func removeAll(keepingCapacity: Bool = false) {
        count = 0
        if !keepingCapacity || !isKnownUniquelyReferenced(&storage) { storage = nil }
    }

    /// Lets `body` write up to `bound` bytes at the end of the buffer, then
    /// counts the number it returns (at most `bound`).
    @inline(__always)
    mutating func withSpareCapacity(_ bound: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let written = body(reserve(bound))
        count += min(max(written, 0), bound)
    }

    public mutating func append(_ raw: UnsafeRawBufferPointer) {
        guard let source = raw.baseAddress, !raw.isEmpty else { return }
        UnsafeMutableRawPointer(reserve(raw.count)).copyMemory(from: source, byteCount: raw.count)
        count += raw.count
    }

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    public mutating func append<Bytes: Sequence>(bytes more: Bytes) where Bytes.Element == UInt8 {
        if let done = more.withContiguousStorageIfAvailable({ append(UnsafeRawBufferPointer($0)) }) { return done }
        for byte in more { append(byte: byte) }
    }

    public mutating func append(byte: UInt8) {
        reserve(1).pointee = byte
        count += 1
    }

    /// The number in decimal, written by ``RowCursor/putDecimal(_:)``: one
    /// spelling of digits for every writer.
    public mutating func append(_ number: Int) {
        appendRow(upTo: RowCursor.numberBound) { $0.putDecimal(number) }
    }

    /// `YYYY-MM-DD`, or `YYYYMMDD` when `compact` (iCalendar): spelled by
    /// ``DateTexts/write(_:to:)``, the dashes then closed up for iCalendar.
    public mutating func append(_ date: CalendarDate, compact: Bool = false) {
        withSpareCapacity(10) { target in
            DateTexts.write(date, to: target)
            guard compact else { return 10 }
            target[4] = target[5]
            target[5] = target[6]
            target[6] = target[8]
            target[7] = target[9]
            return 8
        }
    }

    /// A JSON string literal, quotes included.
    public mutating func appendJSONString(_ text: String) {
        append(byte: UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append(byte: 0x5C); append(byte: 0x22)
            case UInt8(ascii: "\\"): append(byte: 0x5C); append(byte: 0x5C)
            case 0x0A: append(byte: 0x5C); append(byte: UInt8(ascii: "n"))
            case 0x0D: append(byte: 0x5C); append(byte: UInt8(ascii: "r"))
            case 0x09: append(byte: 0x5C); append(byte: UInt8(ascii: "t"))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                append(bytes: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                               hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: append(byte: byte)
            }
        }
        append(byte: UInt8(ascii: "\""))
    }

    /// A CSV field, quoted only when it holds a comma, a quote or a line break.
    public mutating func appendCSVField(_ text: String) {
        var text = text
        // Over the contiguous UTF-8 at once: iterating `utf8` byte by byte showed in profiles.
        text.withUTF8 { raw in
            guard raw.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                append(UnsafeRawBufferPointer(raw))
                return
            }
            append(byte: 0x22)
            for byte in raw {
                append(byte: byte)
                if byte == 0x22 { append(byte: 0x22) }
            }
            append(byte: 0x22)
        }
    }
}
