import CancelCore

/// Writes one output row with plain stores at a moving pointer, with no
/// capacity check per piece: the caller reserves an upper bound for the
/// whole row once (``ByteBuffer/appendRow(upTo:_:)``). A CSV row is some
/// twenty small pieces, and checking capacity (or appending to an array)
/// per piece cost more than the bytes themselves. Each method documents
/// the most bytes it can write; the bound must cover their sum.
struct RowCursor {
    private(set) var position: UnsafeMutablePointer<UInt8>

    init(_ start: UnsafeMutablePointer<UInt8>) {
        position = start
    }

    /// One byte.
    @inline(__always)
    mutating func put(_ byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    /// `bytes.count` bytes.
    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        position.update(from: source, count: bytes.count)
        position += bytes.count
    }

    /// The first `count` (at most 8) bytes of `bytes`, stored as one 8-byte
    /// word: it may store up to 8 - `count` bytes past them (slack, as
    /// for a word from a ``WordTable``).
    @inline(__always)
    mutating func put(_ bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8), count: Int) {
        UnsafeMutableRawPointer(position).storeBytes(of: bytes, as: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8).self)
        position += count
    }

    /// `text.utf8CodeUnitCount` bytes.
    @inline(__always)
    mutating func put(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `text.utf8.count` bytes.
    @inline(__always)
    mutating func put(_ text: String) {
        var text = text
        text.withUTF8 { put($0) }
    }

    /// The number in decimal (named apart from `put(_: UInt8)`, which an
    /// integer literal would otherwise not reach): at most ``RowCursor/numberBound`` (20) bytes: `Int.min`'s sign and
    /// nineteen digits.
    @inline(__always)
    mutating func putDecimal(_ number: Int) {
        var value = number.magnitude
        if number < 0 { put(UInt8(ascii: "-")) }
        // The digit count by comparisons (line numbers and days left are
        // short): a loop of one multiplication per digit cost about 30
        // instructions for a six-digit line.
        var digits: Int
        if value < 10_000 {
            digits = value < 100 ? (value < 10 ? 1 : 2) : (value < 1_000 ? 3 : 4)
        } else if value < 100_000_000 {
            digits = value < 1_000_000 ? (value < 100_000 ? 5 : 6) : (value < 10_000_000 ? 7 : 8)
        } else {
            digits = 9
            var power: UInt = 1_000_000_000
            while digits < 20 && value >= power {
                digits += 1
                power = power &* 10
            }
        }
        position += digits
        var index = position
        // Two digits at a time from a table: half the divisions.
        let pairs = UnsafeRawPointer(RowCursor.digitPairs.utf8Start)
        while value >= 100 {
            let pair = Int(truncatingIfNeeded: value % 100)
            value /= 100
            index -= 2
            UnsafeMutableRawPointer(index).storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 * pair, as: UInt16.self),
                                                      as: UInt16.self)
        }
        if value >= 10 {
            UnsafeMutableRawPointer(index - 2).storeBytes(
                of: pairs.loadUnaligned(fromByteOffset: 2 * Int(truncatingIfNeeded: value), as: UInt16.self), as: UInt16.self)
        } else {
            (index - 1).pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
        }
    }

    /// "00" to "99", two bytes each.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    static let numberBound = 20

    /// `YYYY-MM-DD`: 10 bytes, from `texts` when the date is in its span.
    @inline(__always)
    mutating func put(_ date: CalendarDate, _ texts: DateTexts) {
        texts.copy(date, to: position)
        position += 10
    }

    /// Word `index` of `table`: at most `table.longest` bytes, and it may
    /// store up to ``WordTable/slack`` bytes past them (overwritten by what
    /// comes next), so the bound must leave that room after the row.
    @inline(__always)
    mutating func put(_ table: WordTable, _ index: Int) {
        position += table.copy(index, to: position)
    }

    /// Text from a file as a spreadsheet cell, then as a CSV field: the
    /// bytes ``UntrustedText/spreadsheetCell(_:)`` and
    /// ``ByteBuffer/appendCSVField(_:)`` give (`RowWritingTests` checks).
    /// At most `RowCursor.cellBound(raw.count)` bytes. A cell with no
    /// comma, quote or line break (nearly all) is found eight bytes at a
    /// time and copied whole.
    @inline(__always)
    mutating func putSpreadsheetCell(_ raw: UnsafeBufferPointer<UInt8>) {
        guard let source = raw.baseAddress, !raw.isEmpty else { return }
        let formula: Bool
        switch source.pointee {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: formula = true
        default: formula = false
        }
        guard RowCursor.needsQuotes(raw) else {
            if formula { put(UInt8(ascii: "'")) }
            RowCursor.copy(source, to: position, count: raw.count)
            position += raw.count
            return
        }
        putQuoted(raw, formula: formula)
    }

    /// The quoted form of a cell that needs it (one in a dozen or so rows
    /// has a comma): out of line, so the common path stays small enough
    /// for the optimizer to inline the word loads of the rest of the row.
    @inline(never)
    mutating func putQuoted(_ raw: UnsafeBufferPointer<UInt8>, formula: Bool) {
        guard let source = raw.baseAddress else { return }
        put(0x22)
        if formula { put(UInt8(ascii: "'")) }
        // Runs between quotes are copied whole (most such cells hold a
        // comma and no quote: one run); each quote is doubled.
        var start = 0
        while let quote = RowCursor.firstQuote(raw, from: start) {
            RowCursor.copy(source + start, to: position, count: quote &+ 1 &- start)
            position += quote &+ 1 &- start
            put(0x22)
            start = quote &+ 1
        }
        RowCursor.copy(source + start, to: position, count: raw.count &- start)
        position += raw.count &- start
        put(0x22)
    }

    /// The offset of the first `"` in `raw` at or after `start`, eight
    /// bytes at a time.
    @inline(__always)
    static func firstQuote(_ raw: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = raw.baseAddress else { return nil }
        let bytes = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var offset = start
        while offset &+ 8 <= raw.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ (ones &* 0x22)
            let zero = (word &- ones) & ~word & (ones &* 0x80)
            // The lowest flagged byte is a quote (a borrow only flags bytes above a zero one).
            if zero != 0 { return offset &+ zero.trailingZeroBitCount >> 3 }
            offset &+= 8
        }
        while offset < raw.count {
            if raw[offset] == 0x22 { return offset }
            offset &+= 1
        }
        return nil
    }

    /// Copies `count` bytes, reading and writing none outside them: up to
    /// 32 bytes as overlapping loads and stores (a cell is usually a few
    /// words; a `memcpy` call cost more than the copy), longer runs with
    /// `memcpy`.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        // Fixed-size `copyMemory`s, each a load and a store once compiled:
        // `loadUnaligned` and `storeBytes` are generic, and the optimizer
        // left them as calls in a large caller.
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        if count >= 8 {
            guard count <= 16 else {
                guard count <= 32 else {
                    target.update(from: source, count: count)
                    return
                }
                // 17 to 32 bytes (names, role lists): the first and last 16,
                // overlapping; a `memcpy` call cost more.
                to.copyMemory(from: from, byteCount: 16)
                (to + (count &- 16)).copyMemory(from: from + (count &- 16), byteCount: 16)
                return
            }
            to.copyMemory(from: from, byteCount: 8)
            (to + (count &- 8)).copyMemory(from: from + (count &- 8), byteCount: 8)
        } else if count >= 4 {
            to.copyMemory(from: from, byteCount: 4)
            (to + (count &- 4)).copyMemory(from: from + (count &- 4), byteCount: 4)
        } else if count >= 2 {
            to.copyMemory(from: from, byteCount: 2)
            (to + (count &- 2)).copyMemory(from: from + (count &- 2), byteCount: 2)
        } else if count == 1 {
            target.pointee = source.pointee
        }
    }

    /// The most bytes ``putSpreadsheetCell(_:)`` writes for `count` bytes:
    /// every byte a quote (doubled), the formula mark and two quotes.
    @inline(__always)
    static func cellBound(_ count: Int) -> Int { 2 &* count &+ 3 }

    /// True when `raw` holds a comma, a quote, a line feed or a carriage
    /// return, the bytes that make a CSV field need quotes.
    @inline(__always)
    static func needsQuotes(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = raw.baseAddress else { return false }
        let start = UnsafeRawPointer(base)
        let count = raw.count
        if count >= 8 {
            // Whole words, then the last eight bytes (overlapping the last
            // word read: a byte looked at twice changes nothing).
            var offset = 0
            while offset + 8 <= count {
                if special(start.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
                offset += 8
            }
            return offset < count && special(start.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        }
        // Under eight bytes: two overlapping loads cover them; the zero
        // bytes above are none of the four.
        let word: UInt64
        if count >= 4 {
            word = UInt64(start.loadUnaligned(as: UInt32.self))
                | UInt64(start.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
        } else if count >= 2 {
            word = UInt64(start.loadUnaligned(as: UInt16.self))
                | UInt64(start.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)) << 16
        } else {
            word = UInt64(base.pointee)
        }
        return special(word)
    }

    /// True when a byte of `word` is `,` `"` LF or CR: a byte equal to `c`
    /// is a zero byte of `word ^ c…c`, and `(v - 0x01…01) & ~v & 0x80…80`
    /// is non-zero exactly when `v` has a zero byte.
    @inline(__always)
    static func special(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        return (zeroByte(word ^ (ones &* 0x2C)) | zeroByte(word ^ (ones &* 0x22))
                | zeroByte(word ^ (ones &* 0x0A)) | zeroByte(word ^ (ones &* 0x0D))) != 0
    }
}

extension ByteBuffer {
    /// Appends a row written by `body` with a ``RowCursor``, which must
    /// write at most `bound` bytes: straight into the buffer's spare
    /// capacity (reserved once, growing by doubling), the count set once.
    mutating func appendRow(upTo bound: Int, _ body: (inout RowCursor) -> Void) {
        withSpareCapacity(bound) { start in
            var cursor = RowCursor(start)
            body(&cursor)
            let written = cursor.position - start
            assert(written <= bound, "a row overran its bound")
            return written
        }
    }
}
