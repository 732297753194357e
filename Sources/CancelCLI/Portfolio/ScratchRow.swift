import CancelCore

/// One output row built in stack memory and copied to its buffer in one
/// append: a CSV row is some twenty small pieces, and appending each to an
/// array paid a capacity and uniqueness check per piece. A piece that does
/// not fit flushes what is built first, so any length is written whole.
struct ScratchRow {
    private let array: UnsafeMutablePointer<[UInt8]>
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0

    fileprivate init(array: UnsafeMutablePointer<[UInt8]>, base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.array = array
        self.base = base
        self.capacity = capacity
    }

    @inline(__always)
    fileprivate mutating func flush() {
        guard count > 0 else { return }
        array.pointee.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        count = 0
    }

    @inline(__always)
    private mutating func reserve(_ needed: Int) -> Bool {
        if capacity - count >= needed { return true }
        flush()
        return capacity >= needed
    }

    @inline(__always)
    mutating func append(byte: UInt8) {
        _ = reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        guard reserve(bytes.count), let source = bytes.baseAddress else {
            array.pointee.append(contentsOf: bytes)
            return
        }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    @inline(__always)
    mutating func append(_ number: Int) {
        _ = reserve(20)
        var value = number.magnitude
        if number < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        var digits = 1
        var rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        var index = count + digits
        count = index
        repeat {
            index -= 1
            base[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
            value /= 10
        } while value > 0
    }

    /// `YYYY-MM-DD`.
    @inline(__always)
    mutating func append(_ date: CalendarDate) {
        _ = reserve(10)
        DateTexts.write(date, to: base + count)
        count += 10
    }

    /// `YYYY-MM-DD`, from `texts` when the date is in its span.
    @inline(__always)
    mutating func append(_ date: CalendarDate, _ texts: DateTexts) {
        if let text = texts.text(date) { append(text) } else { append(date) }
    }

    /// Text from a file as a spreadsheet cell, then as a CSV field: the
    /// bytes ``UntrustedText/spreadsheetCell(_:)`` and
    /// ``ByteBuffer/appendCSVField(_:)`` give (`RowWritingTests` checks).
    mutating func appendSpreadsheetCell(_ raw: UnsafeBufferPointer<UInt8>) {
        guard let first = raw.first else { return }
        var quoted = false
        for byte in raw where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            quoted = true
            break
        }
        let formula: Bool
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: formula = true
        default: formula = false
        }
        guard quoted else {
            if formula { append(byte: UInt8(ascii: "'")) }
            append(raw)
            return
        }
        append(byte: 0x22)
        if formula { append(byte: UInt8(ascii: "'")) }
        for byte in raw {
            append(byte: byte)
            if byte == 0x22 { append(byte: 0x22) }
        }
        append(byte: 0x22)
    }
}

extension ByteBuffer {
    /// Builds a row in stack memory (``ScratchRow``) and appends it once.
    mutating func appendRow(_ body: (inout ScratchRow) -> Void) {
        withUnsafeMutablePointer(to: &bytes) { array in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { scratch in
                guard let base = scratch.baseAddress else { return }
                var row = ScratchRow(array: array, base: base, capacity: scratch.count)
                body(&row)
                row.flush()
            }
        }
    }
}
