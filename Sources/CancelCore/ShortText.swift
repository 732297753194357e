/// Text of at most 15 UTF-8 bytes held in two words, with no reference to
/// count: ``AccountFacts`` keeps a product id in one, so the facts are
/// copied as plain bytes (a `String` field made each copy retain it).
/// Public so a portfolio compares a vendor cell with the registry's ids
/// as two words each.
@usableFromInline package struct ShortText: Hashable, Sendable {
    /// Bytes 0 to 14 are the text, byte 15 its length (little-endian words).
    @usableFromInline var low: UInt64
    @usableFromInline var high: UInt64

    @usableFromInline static var capacity: Int { 15 }

    /// Nil when the text is longer than ``capacity`` bytes.
    @inlinable @inline(__always)
    package init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= ShortText.capacity else { return nil }
        guard let base = bytes.baseAddress else {
            low = 0
            high = 0
            return
        }
        // A few overlapping loads: a byte at a time cost about forty
        // instructions for a product id, and a product id is read twice a row.
        let words = ShortText.words(UnsafeRawPointer(base), count: bytes.count)
        low = words.low
        high = words.high | UInt64(truncatingIfNeeded: bytes.count) &<< 56
    }

    @usableFromInline
    init?(_ text: String) {
        guard text.utf8.count <= ShortText.capacity else { return nil }
        var copy = text
        guard let made = copy.withUTF8({ ShortText($0) }) else { return nil }
        self = made
    }

    @inlinable
    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The `count` (at most 16) bytes at `base` as two little-endian words,
    /// zero past them, read with loads that stay within the bytes.
    @inlinable @inline(__always)
    static func words(_ base: UnsafeRawPointer, count: Int) -> (low: UInt64, high: UInt64) {
        if count <= 8 { return (word(base, count: count), 0) }
        return (base.loadUnaligned(as: UInt64.self), word(base + 8, count: count &- 8))
    }

    /// The `count` (at most 8) bytes at `base` as a little-endian word, zero
    /// above them: two loads that overlap when `count` is not their size
    /// (a byte read twice is the same byte in both).
    @inlinable @inline(__always)
    static func word(_ base: UnsafeRawPointer, count: Int) -> UInt64 {
        if count >= 4 {
            let first = UInt64(base.loadUnaligned(as: UInt32.self))
            let last = UInt64(base.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
            return first | last &<< UInt64(truncatingIfNeeded: 8 &* (count &- 4))
        }
        if count >= 2 {
            let first = UInt64(base.loadUnaligned(as: UInt16.self))
            let last = UInt64(base.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self))
            return first | last &<< UInt64(truncatingIfNeeded: 8 &* (count &- 2))
        }
        return count == 1 ? UInt64(base.load(as: UInt8.self)) : 0
    }

    @usableFromInline var count: Int { Int(truncatingIfNeeded: high >> 56) }

    /// The same text with ASCII letters lower-cased (as `String.lowercased()`
    /// does them); other bytes as they are.
    @inlinable @inline(__always)
    var lowercased: ShortText {
        // The length byte (at most 15) is no letter: it stays as it is.
        ShortText(low: ShortText.lowercased(low), high: ShortText.lowercased(high))
    }

    /// `word` with each byte from `A` to `Z` made lower case, eight at a
    /// time: a byte is upper case when adding `0x80 - 0x41` sets its top
    /// bit and adding `0x80 - 0x5B` does not. A byte of 0x80 or more (UTF-8
    /// past ASCII) is left alone, and no sum carries into the next byte.
    @inlinable @inline(__always)
    static func lowercased(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let ascii = ~word & (ones &* 0x80)
        let atLeastA = (word & (ones &* 0x7F)) &+ ones &* (0x80 - 0x41)
        let aboveZ = (word & (ones &* 0x7F)) &+ ones &* (0x80 - 0x5B)
        return word | (atLeastA & ~aboveZ & ascii) >> 2
    }

    /// The bytes, for the length of `body`.
    @usableFromInline
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var words = (low, high)
        let count = self.count
        return withUnsafeBytes(of: &words) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]))
        }
    }

    @usableFromInline
    var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }

    /// True when `text` has the same bytes.
    @usableFromInline
    func equals(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == count else { return false }
        return withUTF8 { mine in utf8.withContiguousStorageIfAvailable { mine.elementsEqual($0) } ?? mine.elementsEqual(utf8) }
    }
}
