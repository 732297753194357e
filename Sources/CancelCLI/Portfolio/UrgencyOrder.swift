import CancelPortfolio

/// The portfolio's urgency order as one 64-bit word per row: the 40-bit
/// ``PortfolioEntry/urgencyKey`` (next action's day, then status) above a
/// 24-bit row index, so sorting the words sorts by urgency and then by
/// input order, and a radix sort does it in a few linear passes.
enum UrgencyOrder {
    static let indexBits = 24

    static func pack(key: UInt64, index: Int) -> UInt64 {
        key << UInt64(indexBits) | UInt64(truncatingIfNeeded: index)
    }

    static func index(of word: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: word & ((1 << UInt64(indexBits)) - 1))
    }

    /// Least-significant-byte-first radix sort; a byte the same in every
    /// word (most of a day number's) costs one counting pass and no move.
    static func radixSort(_ words: inout [UInt64]) {
        guard words.count > 1 else { return }
        var scratch = [UInt64](repeating: 0, count: words.count)
        var counts = [Int](repeating: 0, count: 256)
        for shift in stride(from: 0, to: 64, by: 8) {
            for index in counts.indices { counts[index] = 0 }
            words.withUnsafeBufferPointer { source in
                counts.withUnsafeMutableBufferPointer { counts in
                    for word in source { counts[Int(truncatingIfNeeded: word >> UInt64(shift)) & 0xFF] += 1 }
                }
            }
            if counts.contains(words.count) { continue }
            var total = 0
            for index in counts.indices {
                let count = counts[index]
                counts[index] = total
                total += count
            }
            words.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { offsets in
                        for word in source {
                            let bucket = Int(truncatingIfNeeded: word >> UInt64(shift)) & 0xFF
                            target[offsets[bucket]] = word
                            offsets[bucket] += 1
                        }
                    }
                }
            }
            swap(&words, &scratch)
        }
    }
}
