import CancelPortfolio
import Testing

/// The byte-keyed cache answers only for exactly the bytes it kept: never
/// for a prefix, an extension, a case variant or a key that replaced it in
/// its slot, and never for a key longer than it keeps.
@Suite struct ByteKeyCacheTests {
    private func value(_ cache: ByteKeyCache<Int>, _ text: String) -> Int? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { cache.value(for: UnsafeBufferPointer($0)) }
    }

    private func keep(_ cache: inout ByteKeyCache<Int>, _ value: Int, _ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { cache.keep(value, for: UnsafeBufferPointer($0)) }
    }

    @Test func answersOnlyForTheSameBytes() {
        var cache = ByteKeyCache<Int>()
        #expect(value(cache, "Zoom") == nil)
        #expect(value(cache, "") == nil)
        keep(&cache, 1, "Zoom")
        keep(&cache, 2, "")
        #expect(value(cache, "Zoom") == 1)
        #expect(value(cache, "") == 2)
        for other in ["zoom", "Zoo", "Zoomm", " Zoom", "Zoom ", "Zoöm", "Zoon"] {
            #expect(value(cache, other) == nil, "\(other)")
        }
    }

    @Test func keysOverTheLimitAreNotKept() {
        var cache = ByteKeyCache<Int>()
        let limit = ByteKeyCache<Int>.keyLimit
        keep(&cache, 1, String(repeating: "a", count: limit))
        keep(&cache, 2, String(repeating: "b", count: limit + 1))
        #expect(value(cache, String(repeating: "a", count: limit)) == 1)
        #expect(value(cache, String(repeating: "b", count: limit + 1)) == nil)
    }

    /// Many keys: each lookup gives the key's own value or nothing, and the
    /// last kept key is always found.
    @Test func sharedSlotsNeverAnswerForAnotherKey() {
        var cache = ByteKeyCache<Int>()
        for index in 0..<2000 {
            keep(&cache, index, "vendor \(index)")
            #expect(value(cache, "vendor \(index)") == index)
        }
        var found = 0
        for index in 0..<2000 {
            if let kept = value(cache, "vendor \(index)") {
                #expect(kept == index)
                found += 1
            }
        }
        #expect(found > 0 && found <= 256)
    }
}
