import Testing
import CancelCore
import CancelCoreTesting
@testable import Intercom

@Suite("Intercom")
struct IntercomPolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> IntercomPlan {
        try IntercomPolicy.testPlan(raw, today: today)
    }

    @Test("monthly self-serves; annual writes to billing")
    func channels() throws {
        let monthly = try plan([.billing: "monthly", .renewal: "2026-12-15"])
        #expect(monthly.channel == .selfService)
        #expect(monthly.contact == nil)
        #expect(monthly.refund.kind == .none)
        let annual = try plan([.billing: "annual", .renewal: "2027-03-31", .noticeDays: "30"])
        #expect(annual.channel == .email)
        #expect(annual.contact?.en == "billing@intercom.com")
        #expect(annual.refund.kind == .unknown)
        #expect(annual.requiredRoles == [.owner, .billingAdmin])
    }

    @Test("annual notice boundary: the deadline day and the day after")
    func noticeBoundary() throws {
        let onTime = try plan([.billing: "annual", .renewal: "2027-03-31", .noticeDays: "30"], today: "2027-03-01")
        #expect(!onTime.deadlineMissed)
        #expect(onTime.noticeDeadline?.description == "2027-03-01")
        let late = try plan([.billing: "annual", .renewal: "2027-03-31", .noticeDays: "30"], today: "2027-03-02")
        #expect(late.deadlineMissed)
        #expect(late.effectiveEndDate?.description == "2028-03-31")
        #expect(late.noticeDeadline?.description == "2028-03-01")
    }

    @Test("annual without notice days lists it and sets no deadline")
    func missingNotice() throws {
        let p = try plan([.billing: "annual", .renewal: "2027-03-31"])
        #expect(p.noticeDeadline == nil)
        #expect(p.missingFacts.map(\.fact) == [.noticeDays])
        #expect(p.timeline.contains { $0.id == "ask-notice-period" })
    }

    @Test("the Messenger snippet is removed when the service ends")
    func messenger() throws {
        let p = try plan([.billing: "monthly", .renewal: "2026-12-15"])
        #expect(p.timeline.contains { $0.id == "remove-messenger" && $0.date.description == "2026-12-15" })
        #expect(p.steps.last?.text.en.contains("snippet") == true)
    }

    @Test("retention and automation warnings in both languages", arguments: Language.allCases)
    func warnings(language: Language) throws {
        let report = try plan([.billing: "monthly", .renewal: "2026-12-15"]).report(in: language)
        #expect(Set(report.warnings.map(\.id)) == ["retention-period-unknown", "automation-stops-immediately"])
        #expect(report.warnings.allSatisfy { !$0.text.isEmpty })
    }
}
