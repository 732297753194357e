import Testing
import CancelCore
import CancelCoreTesting
@testable import Bitrix24

/// Test names carry the rules they cover as `[bitrix24/rule-id]`.
@Suite("Bitrix24")
struct Bitrix24PolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> Bitrix24Plan {
        try Bitrix24Policy.testPlan(raw, today: today)
    }

    @Test("[bitrix24/cancel-turns-off-renewal][bitrix24/who-sees-subscription][bitrix24/delete-portal] cloud is the default product, self-served by an account admin in Subscription > Purchase History")
    func cloud() throws {
        let p = try plan([.renewal: "2026-12-31", .billing: "monthly"])
        #expect(p.product?.id == "cloud")
        #expect(p.channel == .selfService)
        #expect(p.requiredRoles == [.accountAdmin])
        #expect(p.lastDayToAct?.description == "2026-12-30")
        #expect(p.steps.contains { $0.path.map(\.en) == ["Subscription", "Purchase History", "Cancel subscription"] })
        #expect(p.steps.first?.text.en.contains("all users buy subscriptions") == true)
        #expect(p.steps.contains { $0.path.map(\.en) == ["Settings", "Account", "Delete Account"] })
        #expect(!p.steps.contains { $0.path.contains { $0.en.contains("Billing") } })
    }

    /// Issue 12: an annual plan said a partial refund was possible (the
    /// third-party guide); Bitrix24's own refund policy says none.
    @Test("[bitrix24/no-refunds][bitrix24/guide-refund-disagrees] no refund for any billing; the guide's claim is flagged naming both sources",
          arguments: ["monthly", "annual", nil] as [String?])
    func refunds(billing: String?) throws {
        let p = try plan(billing.map { [.billing: $0] } ?? [:])
        #expect(p.refund.kind == .none)
        #expect(p.refund.citation.source == "bitrix24-refunds")
        let warning = try #require(p.warnings.first { $0.id == "guide-disagrees" })
        #expect(warning.text.en.contains("SchedulingKit") && warning.text.en.contains("Refund policy"))
    }

    @Test("[bitrix24/on-premise-account-manager] on-premise goes to the account manager with the contract's notice")
    func onPremise() throws {
        let p = try plan([.product: "on-premise", .renewal: "2027-06-30", .noticeDays: "60"])
        #expect(p.channel == .accountManager)
        #expect(p.noticeDeadline?.description == "2027-05-01")
        #expect(p.consequences.isEmpty)
        let unknown = try plan([.product: "on-premise", .renewal: "2027-06-30"])
        #expect(unknown.noticeDeadline == nil)
        #expect(unknown.warnings.map(\.id) == ["on-premise-terms-unknown"])
    }

    /// Issue 12: on-premise got cloud-only preparations and the cloud refund.
    @Test("an on-premise licence gets no cloud preparations and the licence-key refund rule")
    func onPremiseIsNotCloud() throws {
        let p = try plan([.product: "on-premise", .renewal: "2027-06-30", .noticeDays: "60"])
        #expect(p.preparations.isEmpty)
        #expect(p.refund.text.en.contains("licence keys"))
        #expect(!p.refund.text.en.contains("cloud"))
        #expect(!p.timeline.contains { $0.action.en.contains("free plan") })
    }

    @Test("[bitrix24/partner-one-week] bought from a partner: tell the partner at least a week before expiry", arguments: ["cloud", "on-premise"])
    func partner(product: String) throws {
        let p = try plan([.product: product, .salesAssisted: "true", .renewal: "2027-03-31"])
        #expect(p.channel == .accountManager)
        #expect(p.contact?.en.hasPrefix("the Bitrix24 partner you bought from (no source gives an address") == true)
        #expect(p.noticeDeadline?.description == "2027-03-24")
        #expect(p.missingFacts.isEmpty)
    }

    /// Issue 12: the cloud timeline said “The Bitrix24 service ends”.
    @Test("[bitrix24/free-plan-after] a cloud account drops to the free plan, with its 5 GB limit")
    func freePlan() throws {
        let p = try plan([.renewal: "2026-12-31", .billing: "monthly"])
        let end = try #require(p.timeline.first { $0.id == "service-ends" })
        #expect(end.action.en.contains("returns to the free plan"))
        #expect(!end.action.en.contains("service ends"))
        #expect(end.kind == .end)
        #expect(p.consequences.first?.text.en.contains("5 GB") == true)
        #expect(p.preparations.contains { $0.id == "fit-free-plan" })
    }

    @Test("[bitrix24/telephony-credit][bitrix24/export-first][bitrix24/renewal-same-period] cloud preparations and what is still billed")
    func preparations() throws {
        let p = try plan([.renewal: "2026-12-31", .billing: "monthly"])
        #expect(p.preparations.contains { $0.id == "use-telephony-credits" && $0.text.en.contains("neither refundable nor transferable") })
        #expect(p.preparations.contains { $0.id == "export-data" })
        #expect(p.stillBilled.contains { $0.text.en.contains("same period") })
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
