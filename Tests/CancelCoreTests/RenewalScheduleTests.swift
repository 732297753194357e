import Testing
import CancelCore

@Suite("RenewalSchedule")
struct RenewalScheduleTests {
    func d(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(dayNumber: 0) }

    @Test("acting on the deadline day is on time; the day after is missed")
    func deadlineBoundary() {
        let onTime = RenewalSchedule(anchor: d("2027-01-31"), today: d("2027-01-01"), termMonths: 12, notice: .daysBefore(30))
        #expect(onTime.deadlineMissed == false)
        #expect(onTime.noticeDeadline == d("2027-01-01"))
        #expect(onTime.daysLeft == 0)
        let late = RenewalSchedule(anchor: d("2027-01-31"), today: d("2027-01-02"), termMonths: 12, notice: .daysBefore(30))
        #expect(late.deadlineMissed)
        #expect(late.missedDeadline == d("2027-01-01"))
        #expect(late.renewal == d("2028-01-31"))
        #expect(late.noticeDeadline == d("2028-01-01"))
    }

    @Test("rolls from the anchor, never chaining clamped dates")
    func rollsFromAnchor() {
        let expectations = [("2026-02-27", "2026-02-28"), ("2026-03-30", "2026-03-31"), ("2026-04-29", "2026-04-30"), ("2026-05-30", "2026-05-31")]
        for (today, renewal) in expectations {
            let schedule = RenewalSchedule(anchor: d("2026-01-31"), today: d(today), termMonths: 1, notice: .none)
            #expect(schedule.renewal == d(renewal), "today \(today)")
            #expect(schedule.lastDayToAct == d(renewal).adding(days: -1))
        }
    }

    @Test("a long-missed anchor rolls as many terms as needed")
    func manyTerms() {
        let schedule = RenewalSchedule(anchor: d("1990-02-28"), today: d("2026-11-23"), termMonths: 12, notice: .daysBefore(60))
        #expect(schedule.renewal == d("2027-02-28"))
        #expect(schedule.rolledTerms == 37)
        #expect(schedule.noticeDeadline == d("2026-12-30"))
    }

    @Test("a notice longer than the term still finds the next open window")
    func noticeLongerThanTerm() {
        let schedule = RenewalSchedule(anchor: d("2026-12-01"), today: d("2026-11-23"), termMonths: 1, notice: .daysBefore(90))
        // 2026-12-01 - 90 = 2026-09-02 (missed); the first renewal whose deadline is today or later:
        #expect(schedule.deadlineMissed)
        let renewal = schedule.renewal ?? d("0001-01-01")
        #expect(renewal.adding(days: -90) >= d("2026-11-23"))
        #expect(renewal.adding(months: -1).adding(days: -90) < d("2026-11-23"))
    }

    @Test("an unknown term cannot be rolled")
    func unknownTerm() {
        let schedule = RenewalSchedule(anchor: d("2026-11-01"), today: d("2026-11-23"), termMonths: nil, notice: .none)
        #expect(schedule.deadlineMissed)
        #expect(schedule.renewal == nil)
        #expect(schedule.needsTermLength)
    }

    @Test("an unknown notice length has no deadline but still knows when the renewal passed")
    func unknownNotice() {
        let future = RenewalSchedule(anchor: d("2027-03-31"), today: d("2026-11-23"), termMonths: 12, notice: .unknownLength)
        #expect(future.noticeDeadline == nil)
        #expect(future.lastDayToAct == nil)
        #expect(future.deadlineMissed == false)
        let past = RenewalSchedule(anchor: d("2026-11-23"), today: d("2026-11-23"), termMonths: 12, notice: .unknownLength)
        #expect(past.deadlineMissed)
        #expect(past.renewal == d("2027-11-23"))
    }

    @Test("leap day anchors roll to Feb 28 and back to Feb 29 in leap years")
    func leapDayAnchor() {
        let schedule = RenewalSchedule(anchor: d("2024-02-29"), today: d("2027-12-01"), termMonths: 12, notice: .none)
        #expect(schedule.renewal == d("2028-02-29"))
        let next = RenewalSchedule(anchor: d("2024-02-29"), today: d("2025-01-01"), termMonths: 12, notice: .none)
        #expect(next.renewal == d("2025-02-28"))
    }
}
