import Testing
import CancelCore

@Suite("fact list")
struct FactListTests {
    @Test("keeps the order facts were added in, as reports list them")
    func order() {
        var list: FactList = [.noticeDays, .termMonths]
        list.append(.channel)
        #expect(Array(list) == [.noticeDays, .termMonths, .channel])
        #expect(list.count == 3)
        #expect(list != [.termMonths, .noticeDays, .channel])
    }

    @Test("every fact, past the first word of codes, round-trips in any order")
    func allFacts() {
        let forward = FactList(Fact.allCases)
        #expect(Array(forward) == Fact.allCases)
        let backward = FactList(Fact.allCases.reversed())
        #expect(Array(backward) == Array(Fact.allCases.reversed()))
        #expect(forward.bits == backward.bits)
        #expect(forward.bits == (1 << UInt32(Fact.allCases.count)) - 1)
    }

    @Test("a fact added twice keeps its first place")
    func duplicates() {
        var list: FactList = [.renewal, .seats]
        list.append(.renewal)
        list += [.seats, .noticeDays]
        #expect(Array(list) == [.renewal, .seats, .noticeDays])
    }

    @Test("contains and bits agree with Fact.index")
    func bits() {
        let list: FactList = [.confirmed, .product]
        #expect(list.contains(.confirmed) && list.contains(.product) && !list.contains(.seats))
        #expect(list.bits == 1 << UInt32(Fact.confirmed.index) | 1 << UInt32(Fact.product.index))
        #expect(FactList().isEmpty && FactList().bits == 0 && Array(FactList()).isEmpty)
    }
}
