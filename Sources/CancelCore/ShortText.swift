/// Text of at most 15 UTF-8 bytes held in two words, with no reference to
/// count: ``AccountFacts`` keeps a product id in one, so the facts are
/// copied as plain bytes (a `String` field made each copy retain it).
@usableFromInline
struct ShortText: Hashable, Sendable {
    /// Bytes 0 to 14 are the text, byte 15 its length (little-endian words).
    @usableFromInline var low: UInt64
    @usableFromInline var high: UInt64

    @usableFromInline static var capacity: Int { 15 }

    /// Nil when the text is longer than ``capacity`` bytes.
    @usableFromInline
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= ShortText.capacity else { return nil }
        // Shifted into place: writing through the words' raw bytes cost
        // about a hundred instructions for a product id.
        var low: UInt64 = 0, high = UInt64(bytes.count) &<< 56
        for index in 0..<bytes.count {
            let byte = UInt64(bytes[index])
            if index < 8 { low |= byte &<< UInt64(8 * index) } else { high |= byte &<< UInt64(8 * (index - 8)) }
        }
        self.low = low
        self.high = high
    }

    @usableFromInline
    init?(_ text: String) {
        guard text.utf8.count <= ShortText.capacity else { return nil }
        var copy = text
        guard let made = copy.withUTF8({ ShortText($0) }) else { return nil }
        self = made
    }

    @usableFromInline var count: Int { Int(truncatingIfNeeded: high >> 56) }

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
