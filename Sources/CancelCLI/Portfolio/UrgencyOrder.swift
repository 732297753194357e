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

    /// Sorts words built by ``pack(key:index:)`` in ascending index order
    /// (as the sorted view builds them): by key, ties in index order.
    ///
    /// A least-significant-byte-first radix sort over the key's five bytes
    /// only: each pass is stable, so words with equal keys keep the index
    /// order they came in, and the index's three bytes need no pass. One
    /// histogram pass counts all five bytes at once; a byte the same in
    /// every word (the high bytes of day numbers a few years apart) then
    /// costs no pass at all.
    static func radixSort(_ words: inout [UInt64]) {
        let count = words.count
        guard count > 1 else { return }
        let keyBytes = (64 - indexBits) / 8
        // 256 counters per key byte, filled in one read of the words.
        var counts = [Int](repeating: 0, count: 256 * keyBytes)
        counts.withUnsafeMutableBufferPointer { counts in
            words.withUnsafeBufferPointer { source in
                for word in source {
                    var key = word >> UInt64(indexBits)
                    for digit in 0..<keyBytes {
                        counts[digit << 8 | Int(truncatingIfNeeded: key & 0xFF)] += 1
                        key >>= 8
                    }
                }
            }
        }
        // Passes for the bytes that differ between words; none when all keys are equal.
        let passes = (0..<keyBytes).filter { digit in !counts[digit << 8..<(digit + 1) << 8].contains(count) }
        guard !passes.isEmpty else { return }
        // Scratch left uninitialized: every pass writes each of its slots
        // before any is read (a zero-filled array cost a store per byte).
        let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: count)
        defer { scratch.deallocate() }
        words.withUnsafeMutableBufferPointer { words in
            guard var source = words.baseAddress, var target = scratch.baseAddress else { return }
            counts.withUnsafeMutableBufferPointer { counts in
                for digit in passes {
                    let shift = UInt64(indexBits + 8 * digit)
                    let offsets = UnsafeMutableBufferPointer(rebasing: counts[digit << 8..<(digit + 1) << 8])
                    var total = 0
                    for bucket in 0..<256 {
                        let bucketCount = offsets[bucket]
                        offsets[bucket] = total
                        total += bucketCount
                    }
                    for index in 0..<count {
                        let word = source[index]
                        let bucket = Int(truncatingIfNeeded: word >> shift) & 0xFF
                        target[offsets[bucket]] = word
                        offsets[bucket] += 1
                    }
                    swap(&source, &target)
                }
            }
            // After an odd number of passes the sorted words are in scratch.
            if source != words.baseAddress, let base = words.baseAddress { base.update(from: source, count: count) }
        }
    }
}
