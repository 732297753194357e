import Testing
import CancelCore

@Suite("fact index")
struct FactIndexTests {
    @Test("Fact.index is each fact's position in allCases")
    func index() {
        for (position, fact) in Fact.allCases.enumerated() {
            #expect(fact.index == position, "\(fact)")
        }
    }
}
