import Testing
import CancelCore

@Suite("FactParser")
struct FactParserTests {
    let today = CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0)
    let products = [Product(id: "cloud", name: LocalizedText(en: "Cloud", fr: "Nuage")),
                    Product(id: "on-premise", name: LocalizedText(en: "On premise", fr: "Sur site"))]

    @Test("valid facts are typed")
    func valid() throws {
        let facts = try FactParser.parse([.seats: "11", .renewal: "2028-02-29", .billing: "annual", .termMonths: "36",
                                          .noticeDays: "30", .trial: "yes", .product: "on-premise"], today: today, products: products)
        #expect(facts.seats == 11)
        #expect(facts.renewal?.description == "2028-02-29")
        #expect(facts.billing == .annual)
        #expect(facts.termMonths == 36)
        #expect(facts.noticeDays == 30)
        #expect(facts.trial)
        #expect(facts.product == "on-premise")
    }

    @Test("bad values are rejected with what is accepted", arguments: [
        (Fact.seats, "0"), (.seats, "-3"), (.seats, "ten"), (.seats, "100001"), (.seats, "99999999999999999999999"),
        (.seats, "1.5"), (.termMonths, "0"), (.termMonths, "121"), (.noticeDays, "0"), (.noticeDays, "731"),
        (.renewal, "2027-02-30"), (.renewal, "1899-12-31"), (.renewal, "2201-01-01"), (.renewal, "tomorrow"),
        (.billing, "weekly"), (.product, "clod"), (.trial, "maybe"),
    ])
    func rejected(fact: Fact, value: String) {
        do {
            _ = try FactParser.parse([fact: value], today: today, products: products)
            Issue.record("\(fact.rawValue)=\(value) was accepted")
        } catch {
            #expect(error.value == value)
            #expect(error.option == fact.rawValue)
            #expect(!error.message(in: .en).isEmpty && !error.message(in: .fr).isEmpty)
            #expect(error.message(in: .en) != error.message(in: .fr))
        }
    }

    @Test("boundaries of each number are accepted")
    func boundaries() throws {
        #expect(try FactParser.parse([.seats: "1"], today: today, products: products).seats == 1)
        #expect(try FactParser.parse([.seats: "100000"], today: today, products: products).seats == 100_000)
        #expect(try FactParser.parse([.termMonths: "120"], today: today, products: products).termMonths == 120)
        #expect(try FactParser.parse([.noticeDays: "730"], today: today, products: products).noticeDays == 730)
        #expect(try FactParser.parse([.renewal: "1900-01-01"], today: today, products: products).renewal != nil)
        #expect(try FactParser.parse([.renewal: "2200-12-31"], today: today, products: products).renewal != nil)
    }

    @Test("a near-miss product gets a suggestion")
    func productSuggestion() {
        do {
            _ = try FactParser.parse([.product: "on-premis"], today: today, products: products)
            Issue.record("accepted")
        } catch {
            #expect(error.suggestion == "on-premise")
            #expect(error.message(in: .en).contains("Did you mean 'on-premise'?"))
        }
    }

    @Test("empty values count as not given")
    func emptyValues() throws {
        let facts = try FactParser.parse([.seats: "", .renewal: "  "], today: today, products: products)
        #expect(facts.seats == nil)
        #expect(facts.renewal == nil)
    }
}
