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

/// A 100,000-character value used to be echoed whole in the error line.
@Suite("Hardening regressions: messages")
struct HardeningMessageRegressionTests {
    @Test("a very long value is cut in the message, with its length")
    func longValueIsCut() {
        let value = String(repeating: "a", count: 100_000)
        let error = InputError.notAccepted(value, for: "vendor", accepted: ["goto"])
        let english = error.message(in: .en)
        #expect(english.hasPrefix("vendor '" + String(repeating: "a", count: 60) + "… (100000 characters)' is not accepted"))
        #expect(english.count < 200)
        #expect(error.message(in: .fr).contains("… (100000 caractères) »"))
        #expect(error.value == value)
    }

    @Test("a value at the limit is shown whole")
    func limitValueIsWhole() {
        let value = String(repeating: "b", count: InputError.shownValueLimit)
        #expect(InputError.notAccepted(value, for: "vendor", accepted: []).message(in: .en).contains("'\(value)'"))
    }
}
