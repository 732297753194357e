import Testing
import CancelCore
import CancelCoreTesting
@testable import Intercom

@Suite("Intercom")
struct IntercomPolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> IntercomPlan {
        try IntercomPolicy.testPlan(raw, today: today)
    }

    @Test("[intercom/paid-online-self-cancel][intercom/annual-ends-after-twelve-months] monthly and annual plans paid online cancel themselves; annual gets no prorated refund")
    func channels() throws {
        let monthly = try plan([.billing: "monthly", .renewal: "2026-12-15"])
        #expect(monthly.channel == .selfService)
        #expect(monthly.contact == nil)
        #expect(monthly.refund.kind == .none)
        #expect(monthly.steps.contains { $0.path.map(\.en) == ["Billing", "Billing settings", "Cancel subscription"] })
        let annual = try plan([.billing: "annual", .renewal: "2027-03-31"])
        #expect(annual.channel == .selfService)
        #expect(annual.contact == nil)
        #expect(annual.noticeDeadline == nil)
        #expect(annual.refund.kind == .none)
        #expect(annual.refund.text.en.contains("No prorated refund"))
        #expect(annual.stillBilled.contains { $0.text.en.contains("12-month") })
        #expect(annual.requiredRoles == [.owner, .billingAdmin])
    }

    @Test("[intercom/guide-annual-via-billing] an annual plan follows Intercom over the third-party guide and warns naming both")
    func guideDisagreement() throws {
        let annual = try plan([.billing: "annual", .renewal: "2027-03-31"])
        let warning = try #require(annual.warnings.first { $0.id == "guide-disagrees-annual" })
        #expect(warning.text.en.contains("SchedulingKit") && warning.text.en.contains("How to cancel your subscription"))
        #expect(warning.citation?.source == "intercom-cancel")
        #expect(!annual.steps.contains { $0.text.en.contains("billing@intercom.com") })
        #expect(try plan([.billing: "monthly", .renewal: "2027-03-31"]).warnings.allSatisfy { $0.id != "guide-disagrees-annual" })
    }

    @Test("[intercom/contracted-account-manager] a contracted subscription goes to the Account Manager with the contract's notice")
    func contracted() throws {
        let onTime = try plan([.salesAssisted: "true", .billing: "annual", .renewal: "2027-03-31", .noticeDays: "30"], today: "2027-03-01")
        #expect(onTime.channel == .accountManager)
        #expect(onTime.contact?.en.hasPrefix("your Intercom Account Manager (no source gives an address") == true)
        #expect(!onTime.deadlineMissed)
        #expect(onTime.noticeDeadline?.description == "2027-03-01")
        let late = try plan([.salesAssisted: "true", .billing: "annual", .renewal: "2027-03-31", .noticeDays: "30"], today: "2027-03-02")
        #expect(late.deadlineMissed)
        #expect(late.effectiveEndDate?.description == "2028-03-31")
        #expect(late.noticeDeadline?.description == "2028-03-01")
        let unknown = try plan([.salesAssisted: "true", .billing: "annual", .renewal: "2027-03-31"])
        #expect(unknown.noticeDeadline == nil)
        #expect(unknown.missingFacts == [.noticeDays])
        #expect(unknown.timeline.contains { $0.id == "ask-notice-period" })
        #expect(unknown.refund.kind == .unknown)
    }

    @Test("[intercom/data-kept-inaccessible] data is not deleted but inaccessible; the guide's retention claim is flagged")
    func dataAfterCancelling() throws {
        let p = try plan([.billing: "monthly", .renewal: "2026-12-15"])
        #expect(p.consequences.first?.text.en.contains("not deleted") == true)
        #expect(p.consequences.first?.citation.source == "intercom-cancel")
        #expect(p.warnings.contains { $0.id == "data-retention-disagrees" })
    }

    @Test("[intercom/remove-messenger] the Messenger snippet is removed when the service ends")
    func messenger() throws {
        let p = try plan([.billing: "monthly", .renewal: "2026-12-15"])
        #expect(p.timeline.contains { $0.id == "remove-messenger" && $0.date.description == "2026-12-15" })
        #expect(p.steps.last?.text.en.contains("snippet") == true)
    }

    @Test("[intercom/what-stops][intercom/export-first][intercom/owner-or-billing] the guide's points: what stops, exports, who; the plan says it rests on a third party", arguments: Language.allCases)
    func warnings(language: Language) throws {
        let p = try plan([.billing: "monthly", .renewal: "2026-12-15"])
        #expect(p.consequences.contains { $0.text.en.contains("Fin AI") })
        #expect(p.preparations.contains { $0.id == "export-data" && $0.citation.source == "001_efc5af09e440b15a.txt" })
        #expect(p.steps.first?.text.en.contains("billing permissions") == true)
        let report = p.report(in: language)
        #expect(Set(report.warnings.map(\.id)) == ["data-retention-disagrees", "automation-stops-immediately", "third-party-source"])
        let thirdParty = try #require(report.warnings.first { $0.id == "third-party-source" })
        #expect(thirdParty.text.contains("SchedulingKit") && thirdParty.text.contains("https://schedulingkit.com/fr/how-to-cancel/intercom"))
        #expect(report.warnings.allSatisfy { !$0.text.isEmpty })
    }
}
