import Testing
import CancelCore
import CancelCoreTesting
@testable import Aircall

@Suite("Aircall")
struct AircallPolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> AircallPlan {
        try AircallPolicy.testPlan(raw, today: today)
    }

    @Test("10 seats self-serve, 11 seats need written notice", arguments: [(1, false), (10, false), (11, true), (12, true), (500, true)])
    func seatThreshold(seats: Int, notice: Bool) throws {
        let p = try plan([.seats: String(seats), .renewal: "2027-01-31", .billing: "annual"])
        #expect(p.needsWrittenNotice == notice)
        #expect(p.channel == (notice ? .email : .selfService))
        #expect((p.noticeDeadline != nil) == notice)
        #expect(p.requiredRoles == [.owner])
    }

    @Test("the 11-seat ambiguity is flagged only at 11")
    func elevenSeatWarning() throws {
        #expect(try plan([.seats: "11", .renewal: "2027-01-31"]).warnings.map(\.id).contains("eleven-seats-notice"))
        #expect(try !plan([.seats: "12", .renewal: "2027-01-31"]).warnings.map(\.id).contains("eleven-seats-notice"))
        #expect(try !plan([.seats: "10", .renewal: "2027-01-31"]).warnings.map(\.id).contains("eleven-seats-notice"))
    }

    @Test("deadline day is on time, the day after rolls a year")
    func deadlineDay() throws {
        let onTime = try plan([.seats: "40", .renewal: "2027-01-31", .billing: "annual"], today: "2027-01-01")
        #expect(onTime.noticeDeadline?.description == "2027-01-01")
        #expect(!onTime.deadlineMissed)
        #expect(onTime.schedule?.daysLeft == 0)
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

    @Test("self-service accounts are told to act 30 days ahead")
    func selfServiceTimeline() throws {
        let p = try plan([.seats: "5", .renewal: "2027-01-31"])
        let cancel = try #require(p.timeline.first { $0.id == "cancel" })
        #expect(cancel.date.description == "2027-01-01")
        let last = try #require(p.timeline.first { $0.id == "last-day-to-cancel" })
        #expect(last.date.description == "2027-01-30")
        #expect(last.isDeadline)
    }

    @Test("porting starts today and the final invoice is expected at the end")
    func timeline() throws {
        let p = try plan([.seats: "40", .renewal: "2027-01-31"])
        #expect(p.timeline.first?.id == "port-numbers")
        #expect(p.timeline.first?.date.description == "2026-11-23")
        #expect(p.timeline.contains { $0.id == "final-invoice" && $0.date.description == "2027-01-31" })
        #expect(p.timeline.map(\.date) == p.timeline.map(\.date).sorted())
    }

    @Test("no refund, a final usage invoice, and late requests renew")
    func billing() throws {
        let p = try plan([.seats: "40", .renewal: "2027-01-31"])
        #expect(p.refund.kind == .none)
        #expect(p.stillBilled.count == 5)
        #expect(try plan([.seats: "4", .renewal: "2027-01-31"]).stillBilled.count == 4)
    }

    @Test("a trial has nothing to cancel")
    func trial() throws {
        let p = try plan([.trial: "true", .seats: "40", .renewal: "2027-01-31"])
        #expect(p.schedule == nil)
        #expect(p.effectiveEndDate == nil)
        #expect(p.missingFacts.isEmpty)
        #expect(p.timeline.isEmpty)
    }

    @Test("the report reads in both languages", arguments: Language.allCases)
    func languages(language: Language) throws {
        let report = try plan([.seats: "11", .renewal: "2027-01-31"]).report(in: language)
        #expect(report.language == language)
        let warning = try #require(report.warnings.first)
        #expect(warning.text.contains(language == .fr ? "sièges" : "seats"))
        #expect(report.deadlineRule?.contains(language == .fr ? "jours" : "days") == true)
        #expect(report.channel == .email)
    }
}
