import Testing
import CancelCore
import CancelCoreTesting
@testable import GoTo

@Suite("GoTo")
struct GoToPolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> GoToPlan {
        try GoToPolicy.testPlan(raw, today: today)
    }

    @Test("[goto/roles-by-plan][goto/support-only] roles by plan type; the channel is a support call", arguments: [
        ([Fact.product: "webinar"], [Role.superAdmin, .billingAdmin]),
        ([.product: "connect"], [.superAdmin]),
        ([.salesAssisted: "true"], [.productAdmin, .billingContact]),
        ([.product: "connect", .salesAssisted: "true"], [.superAdmin]),
    ])
    func roles(raw: [Fact: String], expected: [Role]) throws {
        #expect(try plan(raw).requiredRoles == expected)
        #expect(try plan(raw).channel == .support)
    }

    @Test("[goto/billing-after-cancelling] a fixed-term contract bills its remaining months")
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

    @Test("[goto/turns-off-auto-renewal] without a notice period the last day is the day before renewal; the plan stays active to its end")
    func lastDay() throws {
        let p = try plan([.renewal: "2026-11-24", .billing: "monthly"])
        #expect(p.lastDayToAct?.description == "2026-11-23")
        #expect(!p.deadlineMissed)
        #expect(p.noticeDeadline == nil)
        #expect(p.consequences.contains { $0.text.en.contains("Auto-renewal is turned off") })
    }

    @Test("[goto/prepare-call][goto/before-cancelling][goto/confirm-in-admin] the call preparation lists what support asks for; what to do before; where to confirm")
    func callPreparation() throws {
        let p = try plan([:])
        let prep = try #require(p.preparations.first { $0.id == "prepare-call" })
        #expect(prep.text.en.contains("last four digits"))
        #expect(prep.text.fr.contains("quatre derniers chiffres"))
        #expect(Set(p.preparations.map(\.id)).isSuperset(of: ["clear-balance", "check-contract", "unassign-licences", "backup-data"]))
        #expect(p.steps.contains { $0.path.map(\.en) == ["GoTo Admin", "Discover other GoTo products"] })
    }

    @Test("[goto/online-in-admin-for-some] the online route in GoTo Admin is named, from GoTo's own Training article")
    func onlineRoute() throws {
        let warning = try #require(try plan([.product: "webinar"]).warnings.first { $0.id == "online-cancellation-unclear" })
        #expect(warning.citation?.source == "goto-training-cancel")
        #expect(warning.text.en.contains("GoTo Admin (Billing > Subscriptions"))
        #expect(try plan([:]).channel == .support)
    }

    /// Issue 12: the only channel was “the Contact support button beside the
    /// article”, without the article's address.
    @Test("[goto/support-only] the contact names the article's address, per product")
    func contact() throws {
        #expect(try plan([.product: "webinar"]).contact?.en.contains("https://support.goto.com/fr/webinar/help/cancel-my-goto-webinar-subscription") == true)
        #expect(try plan([.product: "connect"]).contact?.en.contains("https://support.goto.com/connect/help/cancel-my-goto-connect-subscription") == true)
        #expect(try plan([.product: "connect"]).steps.first?.text.fr.contains("https://support.goto.com/connect/") == true)
    }

    /// Issue 12: GoTo Connect on a set-term contract had no deadline.
    @Test("[goto/connect-set-term-thirty-days] Connect on a set term calls 30 days ahead; month to month does not", arguments: [
        ([Fact.product: "connect", .billing: "annual", .renewal: "2027-05-31"], "2027-05-01"),
        ([.product: "connect", .termMonths: "15", .billing: "monthly", .renewal: "2027-05-31"], "2027-05-01"),
        ([.product: "connect", .billing: "monthly", .renewal: "2027-05-31"], nil),
        ([.product: "webinar", .billing: "annual", .renewal: "2027-05-31"], nil),
        ([.product: "connect", .billing: "annual", .noticeDays: "45", .renewal: "2027-05-31"], "2027-04-16"),
    ] as [([Fact: String], String?)])
    func connectSetTerm(raw: [Fact: String], deadline: String?) throws {
        #expect(try plan(raw).noticeDeadline?.description == deadline)
    }

    @Test("[goto/connect-number-transfers][goto/connect-super-admin] Connect starts number transfers today; a super administrator calls")
    func connectTransfers() throws {
        let p = try plan([.product: "connect", .billing: "annual", .renewal: "2027-05-31"])
        let transfer = try #require(p.timeline.first { $0.id == "transfer-numbers" })
        #expect(transfer.date.description == "2026-11-23")
        #expect(transfer.action.en.contains("2 to 18 business days"))
        #expect(p.requiredRoles == [.superAdmin])
        #expect(try plan([.product: "webinar"]).preparations.allSatisfy { $0.id != "transfer-numbers" })
        #expect(!p.warnings.contains { $0.id == "article-covers-webinar" })
    }
}
