@testable import CancelCLI
import Testing

/// The sorted portfolio packs each row's urgency key and index in one word
/// and radix-sorts the words; this checks that against a plain sort of
/// (key, index) pairs, with keys spread over all 40 bits and crowded into
/// a few values (ties broken by index).
@Suite struct UrgencyOrderTests {
    @Test func radixSortMatchesAComparisonSort() {
        var generator = SystemRandomNumberGenerator()
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
}
