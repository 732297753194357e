@testable import CancelCLI
import CancelCoreTesting
import Testing

/// The sorted portfolio packs each row's urgency key and index in one word
/// and radix-sorts the words; this checks that against a plain sort of
/// (key, index) pairs, with keys spread over all 40 bits and crowded into
/// a few values (ties broken by index), including keys alike in some or
/// all of their digits, for which the sort skips passes. Seeded, so a
/// failure replays.
@Suite struct UrgencyOrderTests {
    @Test func radixSortMatchesAComparisonSort() {
        var generator = SplitMix(seed: 1)
        for (count, spread) in [(0, 1), (1, 1), (2, 2), (1_000, 3), (5_000, 1 << 40), (20_000, 1 << 20), (3, 1 << 40)] {
            let keys = (0..<count).map { _ in UInt64.random(in: 0..<UInt64(spread), using: &generator) }
            var words = keys.enumerated().map { UrgencyOrder.pack(key: $0.element, index: $0.offset) }
            UrgencyOrder.radixSort(&words)
            let expected = keys.enumerated().sorted { $0.element != $1.element ? $0.element < $1.element : $0.offset < $1.offset }
            #expect(words.map(UrgencyOrder.index(of:)) == expected.map { UInt32($0.offset) }, "\(count) keys below \(spread)")
        }
    }

    @Test func extremesOfTheKeyAndIndexSurvivePacking() {
        let top = (UInt64(1) << 40) - 1
        let index = (1 << UrgencyOrder.indexBits) - 1
        var words = [UrgencyOrder.pack(key: top, index: 0), UrgencyOrder.pack(key: 0, index: index), UrgencyOrder.pack(key: top, index: index)]
        UrgencyOrder.radixSort(&words)
        #expect(words.map(UrgencyOrder.index(of:)) == [UInt32(index), 0, UInt32(index)])
    }

    /// The digits are 11 bits: keys that differ in one bit on each side of
    /// every digit boundary, and keys shaped as the portfolio's (day numbers
    /// a few years around today above a status, and rows with no action
    /// date, whose day sets every high bit).
    @Test func digitBoundariesAndPortfolioShapedKeys() {
        var generator = SplitMix(seed: 3)
        for bit in 0..<40 {
            let keys = (0..<500).map { _ in UInt64.random(in: 0..<2, using: &generator) << UInt64(bit) | 0x5 }
            #expect(radixSorted(keys) == expected(keys), "bit \(bit)")
        }
        let portfolio = (0..<20_000).map { _ -> UInt64 in
            let day = Int32.random(in: 0..<50, using: &generator) == 0 ? Int32.max : Int32.random(in: 738_000...745_000, using: &generator)
            return UInt64(UInt32(bitPattern: day) ^ 0x8000_0000) << 8 | UInt64.random(in: 0..<7, using: &generator)
        }
        #expect(radixSorted(portfolio) == expected(portfolio))
    }

    /// (key, index) pairs sorted by a plain comparison sort.
    private func expected(_ keys: [UInt64]) -> [UInt32] {
        keys.enumerated().sorted { $0.element != $1.element ? $0.element < $1.element : $0.offset < $1.offset }
            .map { UInt32($0.offset) }
    }

    private func radixSorted(_ keys: [UInt64]) -> [UInt32] {
        var words = keys.enumerated().map { UrgencyOrder.pack(key: $0.element, index: $0.offset) }
        UrgencyOrder.radixSort(&words)
        return words.map(UrgencyOrder.index(of:))
    }

    @Test func passesAreSkippedForBytesAllKeysShare() {
        var generator = SplitMix(seed: 2)
        let top = (UInt64(1) << 40) - 1
        // No pass (all equal, zero or one row), one pass (odd: the result
        // comes back from scratch), two, and every byte but one alike.
        let cases: [[UInt64]] = [
            [], [5], [top], Array(repeating: 7, count: 1_000), Array(repeating: top, count: 300),
            (0..<1_000).map { _ in UInt64.random(in: 0..<256, using: &generator) },
            (0..<1_000).map { _ in UInt64.random(in: 0..<65_536, using: &generator) },
            (0..<1_000).map { _ in UInt64.random(in: 0..<4, using: &generator) << 32 | 0xAB_CDEF },
            (0..<1_000).map { _ in UInt64.random(in: 0..<256, using: &generator) << 16 | 0xFF_00_00_00_FF & top },
            (0..<1_000).map { _ in UInt64.random(in: 0..<3, using: &generator) << 8 | UInt64.random(in: 0..<3, using: &generator) << 24 },
            (0..<2_000).map { index in UInt64(2_000 - index) },
        ]
        for keys in cases {
            #expect(radixSorted(keys) == expected(keys), "\(keys.count) keys, first \(keys.first ?? 0)")
        }
    }

    @Test func urgencyKeysOfDaysNearTodaySortLikeTheComparison() {
        // As the sorted view packs them: day numbers around today (their
        // high bytes alike), then the status; many rows on one day.
        var generator = SplitMix(seed: 3)
        let keys = (0..<10_000).map { _ in
            UInt64(UInt32(bitPattern: Int32(20_780 + Int.random(in: -400...900, using: &generator))) ^ 0x8000_0000) << 8
                | UInt64.random(in: 0..<6, using: &generator)
        }
        #expect(radixSorted(keys) == expected(keys))
    }
}
