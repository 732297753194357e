import Testing
import CancelCore
import CancelCoreTesting
@testable import Bitrix24

@Suite("Bitrix24")
struct Bitrix24PolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> Bitrix24Plan {
        try Bitrix24Policy.testPlan(raw, today: today)
    }

    @Test("cloud is the default product and self-served by the account admin")
    func cloud() throws {
        let p = try plan([.renewal: "2026-12-31", .billing: "monthly"])
        #expect(p.product?.id == "cloud")
        #expect(p.channel == .selfService)
        #expect(p.requiredRoles == [.accountAdmin])
        #expect(p.lastDayToAct?.description == "2026-12-30")
        #expect(p.steps.contains { $0.path.map(\.en) == ["Settings", "Account", "Delete Account"] })
    }

    @Test("refunds: none monthly, possible annual, unknown otherwise")
    func refunds() throws {
        #expect(try plan([.billing: "monthly"]).refund.kind == .none)
        #expect(try plan([.billing: "annual"]).refund.kind == .possible)
        #expect(try plan([:]).refund.kind == .unknown)
    }

    @Test("on-premise goes to the account manager with the contract's notice")
    func onPremise() throws {
        let p = try plan([.product: "on-premise", .renewal: "2027-06-30", .noticeDays: "60"])
        #expect(p.channel == .accountManager)
        #expect(p.noticeDeadline?.description == "2027-05-01")
        #expect(p.consequences.isEmpty)
        let unknown = try plan([.product: "on-premise", .renewal: "2027-06-30"])
        #expect(unknown.noticeDeadline == nil)
        #expect(unknown.warnings.map(\.id) == ["on-premise-terms-unknown"])
    }

    @Test("month-end renewal: the day before is the last day, the day itself rolls")
    func monthEnd() throws {
        #expect(try !plan([.renewal: "2027-02-28", .billing: "monthly"], today: "2027-02-27").deadlineMissed)
        let rolled = try plan([.renewal: "2027-02-28", .billing: "monthly"], today: "2027-02-28")
        #expect(rolled.deadlineMissed)
        #expect(rolled.effectiveEndDate?.description == "2027-03-28")
    }

    @Test("French texts are French", arguments: ["cloud", "on-premise"])
    func french(product: String) throws {
        let report = try plan([.product: product, .renewal: "2027-06-30"]).report(in: .fr)
        #expect(report.steps.first?.text.contains("Connectez-vous") == true || report.steps.first?.text.contains("Contactez") == true)
    }
}
