import Testing
import CancelCore

@Suite("plan context")
struct PlanContextTests {
    let basic = Product(id: "basic", name: LocalizedText(en: "Basic", fr: "Basique"))
    let pro = Product(id: "pro", name: LocalizedText(en: "Pro", fr: "Pro"))
    var description: VendorDescription {
        VendorDescription(id: "tiny", name: "Tiny", products: [basic, pro], facts: [], sources: [], rules: [], examples: [])
    }
    let today = CalendarDate("2026-11-23")!

    @Test("isFor agrees with product(in:): the product given, else the default")
    func isFor() {
        for given in [nil, "basic", "pro", "unknown"] as [String?] {
            let facts = AccountFacts(today: today, product: given)
            for candidate in [basic, pro] {
                #expect(facts.isFor(candidate, in: description) == (facts.product(in: description) == candidate),
                        "\(given ?? "none") for \(candidate.id)")
            }
        }
        #expect(AccountFacts(today: today).isFor(basic, in: description))
        #expect(AccountFacts(today: today, product: "pro").isFor(pro, in: description))
        #expect(!AccountFacts(today: today, product: "pro").isFor(basic, in: description))
    }

    @Test("missingDates: the renewal without a schedule, the notice too when only the contract can tell it")
    func missingDates() {
        let none = AccountFacts(today: today)
        #expect(none.missingDates(schedule: nil) == [.renewal])
        #expect(none.missingDates(schedule: nil, notice: .unknownLength) == [.renewal, .noticeDays])
        #expect(AccountFacts(today: today, noticeDays: 30).missingDates(schedule: nil, notice: .unknownLength) == [.renewal])
        let late = AccountFacts(today: today, renewal: CalendarDate("2026-01-01"))
        let schedule = late.schedule(notice: .unknownLength)
        #expect(late.missingDates(schedule: schedule, notice: .unknownLength) == [.noticeDays, .termMonths])
    }
}
