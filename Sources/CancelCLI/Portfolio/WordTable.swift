/// Fixed words (ids, role lists) as UTF-8 in one block allocated once, read
/// by index without touching a reference count: two threads writing rows
/// from one shared `[String]` would bounce its count between their cores.
final class WordTable: @unchecked Sendable {
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let ends: UnsafeMutableBufferPointer<Int>

    init(_ words: [String]) {
        let total = words.reduce(0) { $0 + $1.utf8.count }
        bytes = .allocate(capacity: max(total, 1))
        ends = .allocate(capacity: max(words.count, 1))
        var offset = 0
        for (index, word) in words.enumerated() {
            for byte in word.utf8 {
                bytes[offset] = byte
                offset += 1
            }
            ends[index] = offset
        }
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    /// Word `index`'s bytes; valid while the table lives.
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(rebasing: UnsafeBufferPointer(bytes)[start..<ends[index]])
    }
}
