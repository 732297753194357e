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

    /// Bits per radix digit: the key's 40 bits in four digits of 11 (a
    /// fifth pass over 8-bit digits cost about 15 instructions a row; rows
    /// with no action date set every high bit, so no byte of the day is
    /// alike in every key).
    static let digitBits = 11
    static let digitCount = (64 - indexBits + digitBits - 1) / digitBits

    /// Sorts words built by ``pack(key:index:)`` in ascending index order
    /// (as the sorted view builds them): by key, ties in index order.
    ///
    /// A least-significant-digit-first radix sort over the key's bits
    /// only: each pass is stable, so words with equal keys keep the index
    /// order they came in, and the index's bits need no pass. One
    /// histogram pass counts every digit at once; a digit the same in every
    /// word then costs no pass at all.
    static func radixSort(_ words: inout [UInt64]) {
        let count = words.count
        guard count > 1 else { return }
        let digits = digitCount, bits = digitBits, buckets = 1 << digitBits
        let mask = UInt64(buckets - 1)
        // `buckets` counters per digit, filled in one read of the words.
        var counts = [Int](repeating: 0, count: buckets * digits)
        counts.withUnsafeMutableBufferPointer { counts in
            words.withUnsafeBufferPointer { source in
                for word in source {
                    var key = word >> UInt64(indexBits)
                    for digit in 0..<digits {
                        counts[digit &* buckets | Int(truncatingIfNeeded: key & mask)] &+= 1
                        key >>= UInt64(bits)
                    }
                }
            }
        }
        // Passes for the digits that differ between words; none when all keys are equal.
        let passes = (0..<digits).filter { digit in !counts[digit * buckets..<(digit + 1) * buckets].contains(count) }
        guard !passes.isEmpty else { return }
        // Scratch left uninitialized: every pass writes each of its slots
        // before any is read (a zero-filled array cost a store per word).
        let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: count)
        defer { scratch.deallocate() }
        words.withUnsafeMutableBufferPointer { words in
            guard var source = words.baseAddress, var target = scratch.baseAddress else { return }
            counts.withUnsafeMutableBufferPointer { counts in
                for digit in passes {
                    let shift = UInt64(indexBits + bits * digit)
                    let offsets = UnsafeMutableBufferPointer(rebasing: counts[digit * buckets..<(digit + 1) * buckets])
                    var total = 0
                    for bucket in 0..<buckets {
                        let bucketCount = offsets[bucket]
                        offsets[bucket] = total
                        total &+= bucketCount
                    }
                    for index in 0..<count {
                        let word = source[index]
                        let bucket = Int(truncatingIfNeeded: (word >> shift) & mask)
                        target[offsets[bucket]] = word
                        offsets[bucket] &+= 1
                    }
                    swap(&source, &target)
                }
            }
            // After an odd number of passes the sorted words are in scratch.
            if source != words.baseAddress, let base = words.baseAddress { base.update(from: source, count: count) }
        }
    }
}
