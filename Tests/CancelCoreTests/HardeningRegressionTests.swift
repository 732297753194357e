import Testing
import CancelCore

/// Bugs found while hardening (issue 6), kept fixed.
@Suite("Hardening regressions: facts")
struct HardeningFactRegressionTests {
    let today = CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0)

    @Test("a whole number too big for Int is out of range, not 'not a whole number'",
          arguments: ["99999999999999999999999", "-99999999999999999999999", "+18446744073709551616"])
    func overflowIsOutOfRange(value: String) {
        do {
            _ = try FactParser.parse([.seats: value], today: today, products: [])
            Issue.record("\(value) was accepted")
        } catch {
            #expect(error.reason.en == "is out of range", "\(error.message(in: .en))")
        }
    }

    @Test("signs only lead; a bare sign or an inner sign is not a number",
          arguments: ["-", "+", "1-2", "12+", "+-3", "--4"])
    func misplacedSigns(value: String) {
        do {
            _ = try FactParser.parse([.seats: value], today: today, products: [])
            Issue.record("\(value) was accepted")
        } catch {
            #expect(error.reason.en == "is not a whole number", "\(error.message(in: .en))")
        }
    }

    @Test("a leading plus sign is still accepted")
    func leadingPlus() throws {
        #expect(try FactParser.parse([.seats: "+12"], today: today, products: []).seats == 12)
    }
}
