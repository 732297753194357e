import Testing
import CancelCore
import CancelCoreTesting
@testable import GoTo

@Suite("GoTo")
struct GoToPolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> GoToPlan {
        try GoToPolicy.testPlan(raw, today: today)
    }

    @Test("roles by plan type", arguments: [
        ([Fact.product: "webinar"], [Role.superAdmin, .billingAdmin]),
        ([.product: "connect"], [.superAdmin]),
        ([.salesAssisted: "true"], [.productAdmin, .billingContact]),
        ([.product: "connect", .salesAssisted: "true"], [.superAdmin]),
    ])
    func roles(raw: [Fact: String], expected: [Role]) throws {
        #expect(try plan(raw).requiredRoles == expected)
        #expect(try plan(raw).channel == .support)
    }

    @Test("a fixed-term contract bills its remaining months")
    func remainingMonths() throws {
        let p = try plan([.renewal: "2027-02-23", .termMonths: "15"])
        #expect(p.stillBilled.first?.text.en.contains("3 month(s)") == true)
        let dayAfter = try plan([.renewal: "2027-02-23", .termMonths: "15"], today: "2026-11-22")
        #expect(dayAfter.stillBilled.first?.text.en.contains("4 month(s)") == true)
    }

    @Test("a monthly plan bills the whole month")
    func monthly() throws {
        #expect(try plan([.renewal: "2026-12-01", .billing: "monthly"]).stillBilled.first?.text.en.contains("whole current month") == true)
    }

    @Test("without a notice period the last day is the day before renewal")
    func lastDay() throws {
        let p = try plan([.renewal: "2026-11-24", .billing: "monthly"])
        #expect(p.lastDayToAct?.description == "2026-11-23")
        #expect(!p.deadlineMissed)
        #expect(p.noticeDeadline == nil)
    }

    @Test("the call preparation lists what support asks for")
    func callPreparation() throws {
        let prep = try #require(try plan([:]).preparations.first { $0.id == "prepare-call" })
        #expect(prep.text.en.contains("last four digits"))
        #expect(prep.text.fr.contains("quatre derniers chiffres"))
    }
}
