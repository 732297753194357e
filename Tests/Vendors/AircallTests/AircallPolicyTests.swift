import Testing
import CancelCore
import CancelCoreTesting
@testable import Aircall

/// Test names carry the rules they cover as `[aircall/rule-id]`:
/// Scripts/rules-table finds them for docs/RULES.md.
@Suite("Aircall")
struct AircallPolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> AircallPlan {
        try AircallPolicy.testPlan(raw, today: today)
    }

    @Test("[aircall/seat-threshold] 10 seats self-serve, 11 seats need written notice; both must act 30 days ahead",
          arguments: [(1, false), (10, false), (11, true), (12, true), (500, true)])
    func seatThreshold(seats: Int, notice: Bool) throws {
        let p = try plan([.seats: String(seats), .renewal: "2027-01-31", .billing: "annual"])
        #expect(p.needsWrittenNotice == notice)
        #expect(p.channel == (notice ? .email : .selfService))
        #expect(p.noticeDeadline?.description == "2027-01-01")
        #expect(p.requiredRoles == [.owner])
    }

    @Test("the 11-seat ambiguity is flagged only at 11")
    func elevenSeatWarning() throws {
        #expect(try plan([.seats: "11", .renewal: "2027-01-31"]).warnings.map(\.id).contains("eleven-seats-notice"))
        #expect(try !plan([.seats: "12", .renewal: "2027-01-31"]).warnings.map(\.id).contains("eleven-seats-notice"))
        #expect(try !plan([.seats: "10", .renewal: "2027-01-31"]).warnings.map(\.id).contains("eleven-seats-notice"))
    }

    @Test("[aircall/written-notice][aircall/general-terms-written-notice] deadline day is on time, the day after rolls a year")
    func deadlineDay() throws {
        let onTime = try plan([.seats: "40", .renewal: "2027-01-31", .billing: "annual"], today: "2027-01-01")
        #expect(onTime.noticeDeadline?.description == "2027-01-01")
        #expect(!onTime.deadlineMissed)
        #expect(onTime.schedule?.daysLeft == 0)
        #expect(onTime.steps.contains { $0.text.en.contains("in writing") && $0.text.en.contains("reaches Aircall at least 30 days") })
        let late = try plan([.seats: "40", .renewal: "2027-01-31", .billing: "annual"], today: "2027-01-02")
        #expect(late.deadlineMissed)
        #expect(late.effectiveEndDate?.description == "2028-01-31")
        #expect(late.noticeDeadline?.description == "2028-01-01")
    }

    @Test("30 days before March 1 differs in leap and common years")
    func leapYears() throws {
        #expect(try plan([.seats: "20", .renewal: "2028-03-01"], today: "2028-01-01").noticeDeadline?.description == "2028-01-31")
        #expect(try plan([.seats: "20", .renewal: "2027-03-01"], today: "2027-01-01").noticeDeadline?.description == "2027-01-30")
    }

    /// Issue 12: a self-service plan printed “No notice period” and a hard
    /// “last day to cancel” the day before renewal, beside a warning to act
    /// 30 days ahead.
    @Test("[aircall/late-request-any-route] self-service accounts get the 30-day deadline, not a contradiction")
    func selfServiceThirtyDays() throws {
        let p = try plan([.seats: "5", .renewal: "2027-01-31"])
        #expect(p.noticeDeadline?.description == "2027-01-01")
        #expect(!p.timeline.contains { $0.id == "last-day-to-cancel" && $0.date.description == "2027-01-30" })
        #expect(p.deadlineRule?.en.contains("No notice period") == false)
        let warning = try #require(p.warnings.first { $0.id == "self-service-thirty-days" })
        #expect(warning.text.en.contains("Why am I being charged after cancellation"))
        #expect(warning.citation?.source == "aircall-charged-after")
        #expect(p.stillBilled.first?.text.en.contains("Dashboard button") == true)
    }

    @Test("[aircall/port-numbers-first][aircall/data-exports][aircall/final-usage-invoice] porting starts today, exports before acting, the final invoice is expected at the end")
    func timeline() throws {
        let p = try plan([.seats: "40", .renewal: "2027-01-31"])
        #expect(p.timeline.first?.id == "port-numbers")
        #expect(p.timeline.first?.date.description == "2026-11-23")
        #expect(p.preparations.contains { $0.id == "export-data" && $0.text.en.contains("Submit data requests") })
        #expect(p.timeline.contains { $0.id == "final-invoice" && $0.date.description == "2027-01-31" })
        #expect(p.timeline.map(\.date) == p.timeline.map(\.date).sorted())
    }

    /// Issue 12: “Attendre une facture finale” means “wait for”.
    @Test("the French final-invoice action says to expect it, not to wait for it")
    func frenchFinalInvoice() throws {
        let entry = try #require(try plan([.seats: "40", .renewal: "2027-01-31"]).timeline.first { $0.id == "final-invoice" })
        #expect(entry.action.fr.hasPrefix("Prévoir une facture finale"))
        #expect(!entry.action.fr.contains("Attendre"))
    }

    @Test("[aircall/no-refund][aircall/late-request-renews] no refund, final usage lines, and late requests renew whatever the route")
    func billing() throws {
        let p = try plan([.seats: "40", .renewal: "2027-01-31"])
        #expect(p.refund.kind == .none)
        #expect(p.refund.text.en.contains("signed contract"))
        #expect(p.stillBilled.count == 5)
        #expect(try plan([.seats: "4", .renewal: "2027-01-31"]).stillBilled.count == 5)
    }

    /// Issue 12: a trial plan said “you are committed for the period in your
    /// signed contract” beside “the trial ends without any commitment”.
    @Test("[aircall/trial-ends-itself] a trial has nothing to cancel and no contract to invoke")
    func trial() throws {
        let p = try plan([.trial: "true", .seats: "40", .renewal: "2027-01-31"])
        #expect(p.schedule == nil)
        #expect(p.effectiveEndDate == nil)
        #expect(p.missingFacts.isEmpty)
        #expect(p.timeline.isEmpty)
        #expect(p.refund.kind == .unknown)
        #expect(!p.refund.text.en.contains("signed contract"))
        #expect(!p.refund.text.fr.contains("contrat signé"))
    }

    /// Issue 12: the email route named no address.
    @Test("[aircall/customer-success-address][aircall/account-management-contact] the email route names the address and the contact form")
    func contact() throws {
        let p = try plan([.seats: "40", .renewal: "2027-01-31"])
        #expect(p.contact?.en.contains("customersuccess@aircall.io") == true)
        #expect(p.steps.contains { $0.text.en.contains("customersuccess@aircall.io") })
        #expect(p.steps.contains { $0.text.en.contains("Account management, plan changes & Customer Success consultation") })
        #expect(try plan([.seats: "4", .renewal: "2027-01-31"]).contact == nil)
    }

    @Test("[aircall/owner-only][aircall/renewal-date] the Owner checks the renewal date in Dashboard > Plan > Overview")
    func ownerAndRenewalDate() throws {
        let p = try plan([.seats: "4", .renewal: "2027-01-31"])
        #expect(p.requiredRoles == [.owner])
        #expect(p.steps.first?.path.map(\.en) == ["Aircall Dashboard", "Plan tab", "Overview"])
        #expect(p.steps.first?.text.en.contains("Owner") == true)
    }

    @Test("[aircall/commitment-ends-service][aircall/renewal-extends-contract] a missed deadline extends the original commitment, billed monthly or not")
    func commitment() throws {
        let p = try plan([.seats: "40", .renewal: "2026-12-01", .billing: "monthly", .termMonths: "36"])
        #expect(p.effectiveEndDate?.description == "2029-12-01")
        #expect(p.consequences.first?.text.en.contains("commitment ends") == true)
    }

    @Test("[aircall/no-pause] there is no pause option")
    func noPause() throws {
        #expect(try plan([.seats: "40", .renewal: "2027-01-31"]).consequences.contains { $0.text.en.contains("no pause") })
    }

    @Test("the report reads in both languages", arguments: Language.allCases)
    func languages(language: Language) throws {
        let report = try plan([.seats: "11", .renewal: "2027-01-31"]).report(in: language)
        #expect(report.language == language)
        let warning = try #require(report.warnings.first)
        #expect(warning.text.contains(language == .fr ? "sièges" : "seats"))
        #expect(report.deadlineRule?.contains(language == .fr ? "jours" : "days") == true)
        #expect(report.channel == .email)
        #expect(report.sources.allSatisfy { $0.official })
    }
}
