/// Fixed words (ids, role lists) as UTF-8 in one block allocated once, read
/// by index without touching a reference count: two threads writing rows
/// from one shared `[String]` would bounce its count between their cores.
final class WordTable: @unchecked Sendable {
    /// Bytes ``copy(_:to:)`` may store past a word of up to 32 bytes.
    static let slack = 32
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Each word's start and length, side by side: one load finds both.
    private let spans: UnsafeMutableBufferPointer<(start: Int, count: Int)>
    /// The longest word's length.
    let longest: Int
    /// All the words' lengths added up.
    let total: Int

    init(_ words: [String]) {
        total = words.reduce(0) { $0 + $1.utf8.count }
        longest = words.map(\.utf8.count).max() ?? 0
        // Zeroed slack after the last word: ``copy(_:to:)`` reads 16 or 32
        // bytes from any short word's start.
        bytes = .allocate(capacity: total + WordTable.slack)
        bytes.initialize(repeating: 0)
        spans = .allocate(capacity: max(words.count, 1))
        spans.initialize(repeating: (0, 0))
        var offset = 0
        for (index, word) in words.enumerated() {
            let start = offset
            for byte in word.utf8 {
                bytes[offset] = byte
                offset += 1
            }
            spans[index] = (start, offset - start)
        }
    }

    deinit {
        bytes.deallocate()
        spans.deallocate()
    }

    /// Word `index`'s bytes; valid while the table lives.
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        return UnsafeBufferPointer(rebasing: UnsafeBufferPointer(bytes)[span.start..<span.start + span.count])
    }

    /// Copies word `index` to `target` and returns its length. A word of up
    /// to 32 bytes (role lists reach 29) is copied as one or two 16-byte
    /// copies, which may write up to ``slack`` bytes past it (garbage for
    /// the next piece to overwrite): `target` must have room for the word
    /// plus ``slack``. Longer words are copied exactly.
    @inline(__always)
    func copy(_ index: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        let span = spans[index]
        guard let base = bytes.baseAddress else { return 0 }
        let source = UnsafeRawPointer(base + span.start)
        let raw = UnsafeMutableRawPointer(target)
        if span.count <= 16 {
            raw.copyMemory(from: source, byteCount: 16)
        } else if span.count <= 32 {
            // The same fixed-size copy twice: a copy of a varying length
            // was left as a `memcpy` call in the row writer.
            raw.copyMemory(from: source, byteCount: 16)
            (raw + 16).copyMemory(from: source + 16, byteCount: 16)
        } else {
            target.update(from: base + span.start, count: span.count)
        }
        return span.count
    }
}
