import CancelCLI
import CancelCore
import Testing

@Suite struct CalendarRendererTests {
    let facts: [Fact: String] = [.seats: "40", .renewal: "2027-01-31", .billing: "annual"]

    func lines(_ ics: String) -> [String] {
        ics.replacing("\r\n ", with: "").split(separator: "\r\n").map(String.init)
    }

    @Test func oneAllDayEventPerTimelineActionWithRemindersBeforeDeadlines() throws {
        let plan = try Fixture.plan("aircall", facts)
        let ics = CalendarRenderer().render(plan.report(in: .fr))
        let all = lines(ics)
        #expect(all.first == "BEGIN:VCALENDAR" && all.last == "END:VCALENDAR")
        #expect(all.contains("VERSION:2.0"))
        #expect(all.contains { $0.hasPrefix("PRODID:-//cancelctl//") })
        #expect(all.filter { $0 == "BEGIN:VEVENT" }.count == plan.timeline.count)
        #expect(all.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20261123T000000Z" })
        #expect(all.contains("DTSTART;VALUE=DATE:20270101"))
        #expect(all.contains("DTEND;VALUE=DATE:20270102"))
        // The notice deadline (2027-01-01) is 39 days away: 14, 7, 1 days before and on the day.
        let deadlines = plan.timeline.filter(\.isDeadline).count
        #expect(all.filter { $0 == "BEGIN:VALARM" }.count == deadlines * 4)
        #expect(all.contains("TRIGGER:-P13DT15H"))
        #expect(all.filter { $0 == "ACTION:DISPLAY" }.count == deadlines * 4)
    }

    @Test func outputIsDeterministic() throws {
        let plan = try Fixture.plan("goto", [.renewal: "2027-05-31", .billing: "annual"])
        #expect(CalendarRenderer().render(plan.report(in: .en)) == CalendarRenderer().render(plan.report(in: .en)))
    }

    @Test func uidsAreStableAcrossDaysAndDistinctAcrossActions() throws {
        let earlier = try Fixture.plan("aircall", facts)
        let later = try Fixture.plan("aircall", facts, today: Fixture.today.adding(days: 5))
        func uids(_ plan: any CancellationPlan) -> [String: String] {
            var result: [String: String] = [:]
            let all = lines(CalendarRenderer().render(plan.report(in: .en)))
            for (index, line) in all.enumerated() where line.hasPrefix("UID:") {
                let start = all[index...].first { $0.hasPrefix("DTSTART") } ?? ""
                result[String(line.dropFirst(4))] = start
            }
            return result
        }
        let a = uids(earlier), b = uids(later)
        #expect(Set(a.keys).count == earlier.timeline.count)
        #expect(a.keys.contains { $0.hasPrefix("aircall-notice-deadline-") })
        let deadline = a.keys.first { $0.hasPrefix("aircall-notice-deadline-") }
        #expect(deadline.map { b[$0] != nil } == true, "the deadline's UID changed with today")
        // A corrected fact keeps every UID: re-importing updates the events.
        let otherFacts = try Fixture.plan("aircall", [.seats: "45", .renewal: "2027-02-28", .billing: "annual"])
        #expect(Set(uids(otherFacts).keys) == Set(a.keys))
        // Another account of the same vendor gets events of its own.
        let account = Set(lines(CalendarRenderer().render(earlier.report(in: .en), account: "AC-2")).filter { $0.hasPrefix("UID:") })
        #expect(account.isDisjoint(with: Set(a.keys.map { "UID:" + $0 })))
    }

    @Test func aPlanWithoutDatesStillGivesAValidCalendar() throws {
        let plan = try Fixture.plan("whc", [:])
        #expect(plan.timeline.isEmpty)
        let all = lines(CalendarRenderer().render(plan.report(in: .en)))
        #expect(all.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(all.contains { $0.hasPrefix("SUMMARY:") && $0.contains("--renewal") })
    }
}
