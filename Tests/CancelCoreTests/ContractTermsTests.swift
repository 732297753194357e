import Testing
import CancelCore

/// The contract-terms engine (issue 10) on the boundaries where a planner
/// goes wrong: each side of every deadline, month ends, leap years, late
/// January anchors, quarter ends, and which notice rule wins. The same
/// rules are checked on 100,000 random cases by Scripts/date-oracle.py.
@Suite("ContractTerms and RenewalSchedule")
struct ContractTermsTests {
    func d(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(dayNumber: 0) }

    func ids(_ schedule: RenewalSchedule) -> [String] {
        schedule.warnings(vendorName: "Vendor").map(\.id)
    }

    func schedule(_ terms: ContractTerms, article: NoticeRule = .none, today: String) -> RenewalSchedule {
        RenewalSchedule(terms: terms, article: article, today: d(today))
    }

    // MARK: deadline day and the day after

    @Test("the deadline day itself is on time, with 0 days left; the day after rolls the term")
    func deadlineDayAndDayAfter() {
        let terms = ContractTerms(termEnd: d("2027-06-30"), billing: .annual, notice: .daysBefore(90))
        let onTime = schedule(terms, article: .daysBefore(30), today: "2027-04-01")
        #expect(onTime.deadlineMissed == false)
        #expect(onTime.renewal == d("2027-06-30"))
        #expect(onTime.deadline == d("2027-04-01"))
        #expect(onTime.daysLeft == 0)
        let dayBefore = schedule(terms, article: .daysBefore(30), today: "2027-03-31")
        #expect(dayBefore.daysLeft == 1)
        let late = schedule(terms, article: .daysBefore(30), today: "2027-04-02")
        #expect(late.deadlineMissed)
        #expect(late.missedDeadline == d("2027-04-01"))
        #expect(late.rolledTerms == 1)
        #expect(late.renewal == d("2028-06-30"))
        #expect(late.endDate == d("2028-06-30"))
        #expect(late.deadline == d("2028-04-01"))
    }

    // MARK: month ends and months of notice

    @Test("1 month before 2027-03-31 is 2027-02-28, a month end itself: no month-end warning")
    func oneMonthBeforeMarch31() {
        let result = schedule(ContractTerms(termEnd: d("2027-03-31"), termMonths: 12, notice: .monthsBefore(1)), today: "2026-11-23")
        #expect(result.deadline == d("2027-02-28"))
        #expect(result.lastDayToAct == d("2027-02-28"))
        #expect(!ids(result).contains("notice-months-month-end"))
        // Both sides of that deadline.
        #expect(schedule(ContractTerms(termEnd: d("2027-03-31"), termMonths: 12, notice: .monthsBefore(1)), today: "2027-02-28").deadlineMissed == false)
        #expect(schedule(ContractTerms(termEnd: d("2027-03-31"), termMonths: 12, notice: .monthsBefore(1)), today: "2027-03-01").deadlineMissed)
    }

    @Test("3 months before 2027-06-30 is 2027-03-30, and the plan says March 31 might also count")
    func threeMonthsBeforeJune30() {
        let result = schedule(ContractTerms(termEnd: d("2027-06-30"), termMonths: 12, notice: .monthsBefore(3)), today: "2026-11-23")
        #expect(result.deadline == d("2027-03-30"))
        #expect(ids(result).contains("notice-months-month-end"))
        let text = result.warnings(vendorName: "Vendor").first { $0.id == "notice-months-month-end" }?.text
        #expect(text?.en.contains("March 31, 2027") == true, "\(text?.en ?? "no warning")")
        #expect(text?.fr.isEmpty == false)
        // Not a month end: no other reading to warn about.
        let mid = schedule(ContractTerms(termEnd: d("2027-06-15"), termMonths: 12, notice: .monthsBefore(3)), today: "2026-11-23")
        #expect(mid.deadline == d("2027-03-15"))
        #expect(!ids(mid).contains("notice-months-month-end"))
    }

    // MARK: leap years

    @Test("12 months before 2028-02-29 is 2027-02-28; 1 month before 2024-03-31 is 2024-02-29")
    func leapYearNotice() {
        let leapEnd = schedule(ContractTerms(termEnd: d("2028-02-29"), termMonths: 12, notice: .monthsBefore(12)), today: "2026-11-23")
        #expect(leapEnd.deadline == d("2027-02-28"))
        let intoLeapFebruary = schedule(ContractTerms(termEnd: d("2024-03-31"), termMonths: 12, notice: .monthsBefore(1)), today: "2023-11-23")
        #expect(intoLeapFebruary.deadline == d("2024-02-29"))
    }

    @Test("a Feb 29 anchor renews on Feb 28, then on Feb 29 again in the next leap year")
    func leapDayAnchorRolls() {
        let terms = ContractTerms(termEnd: d("2024-02-29"), billing: .annual, notice: .daysBefore(30))
        #expect(schedule(terms, today: "2024-01-30").deadlineMissed == false)
        let dayAfter = schedule(terms, today: "2024-01-31")
        #expect(dayAfter.renewal == d("2025-02-28"))
        #expect(dayAfter.deadline == d("2025-01-29"))
        let later = schedule(terms, today: "2027-01-31")
        #expect(later.renewal == d("2028-02-29"))
        #expect(later.rolledTerms == 4)
        #expect(later.deadline == d("2028-01-30"))
    }

    // MARK: 29-31 January anchors

    @Test("Jan 29, 30 and 31 rolled monthly end on Feb 28 (Feb 29 in a leap year), then on the anchor's day",
          arguments: [29, 30, 31])
    func lateJanuaryAnchors(day: Int) {
        for (year, february) in [(2027, "2027-02-28"), (2028, "2028-02-29")] {
            let anchor = d("\(year)-01-\(day)")
            let terms = ContractTerms(termEnd: anchor, termMonths: 1)
            let lastDay = schedule(terms, today: "\(year)-01-\(day - 1)")
            #expect(lastDay.deadlineMissed == false, "\(anchor)")
            #expect(lastDay.daysLeft == 0)
            let rolled = schedule(terms, today: "\(year)-01-\(day)")
            #expect(rolled.renewal == d(february), "\(anchor)")
            #expect(rolled.deadline == d(february).adding(days: -1))
            // Counted from the anchor, not from the clamped February day.
            let march = schedule(terms, today: "\(year)-03-01")
            #expect(march.renewal == d("\(year)-03-\(day)"), "\(anchor)")
            #expect(march.rolledTerms == 2)
        }
    }

    // MARK: calendar period ends

    @Test("a first term ending on a quarter's last day: that day is the end until its deadline passes")
    func firstTermEndsOnQuarterEnd() {
        let terms = ContractTerms(termEnd: d("2027-03-31"), notice: .monthsBefore(3), periodEnd: .quarter)
        let lastDay = schedule(terms, today: "2026-12-31")
        #expect(lastDay.deadlineMissed == false)
        #expect(lastDay.renewal == d("2027-03-31"))
        #expect(lastDay.deadline == d("2026-12-31"))
        #expect(lastDay.daysLeft == 0)
        let dayAfter = schedule(terms, today: "2027-01-01")
        #expect(dayAfter.deadlineMissed)
        #expect(dayAfter.missedDeadline == d("2026-12-31"))
        #expect(dayAfter.rolledTerms == 1)
        #expect(dayAfter.renewal == d("2027-06-30"))
        #expect(dayAfter.deadline == d("2027-03-30"))
        #expect(ids(dayAfter).contains("notice-months-month-end"))
    }

    @Test("three months' notice to the end of a quarter, no minimum term")
    func rollingQuarterWithThreeMonths() {
        let terms = ContractTerms(notice: .monthsBefore(3), periodEnd: .quarter)
        // 2026-12-31 needed notice by 2026-09-30: the first open end is 2027-03-31.
        let now = schedule(terms, today: "2026-11-23")
        #expect(now.renewal == d("2027-03-31"))
        #expect(now.endDate == d("2027-03-31"))
        #expect(now.deadline == d("2026-12-31"))
        // Nothing was missed without a term end of the user's: no roll to report.
        #expect(now.deadlineMissed == false)
        #expect(now.rolledTerms == 0)
        #expect(schedule(terms, today: "2026-12-31").renewal == d("2027-03-31"))
        let dayAfter = schedule(terms, today: "2027-01-01")
        #expect(dayAfter.renewal == d("2027-06-30"))
        #expect(dayAfter.deadline == d("2027-03-30"))
    }

    @Test("a minimum term inside a quarter: the end is that quarter's last day, no earlier")
    func minimumTermInsideQuarter() {
        let result = schedule(ContractTerms(termEnd: d("2027-02-15"), notice: .daysBefore(30), periodEnd: .quarter), today: "2026-11-23")
        #expect(result.renewal == d("2027-03-31"))
        #expect(result.deadline == d("2027-03-01"))
    }

    // MARK: precedence between the article and the contract

    @Test("article 30 days, contract 90 days: renewal minus 90, and the warning names both")
    func contractNoticeEarlier() {
        let result = schedule(ContractTerms(termEnd: d("2027-06-30"), billing: .annual, notice: .daysBefore(90)),
                              article: .daysBefore(30), today: "2026-11-23")
        #expect(result.deadline == d("2027-04-01"))
        #expect(result.notice == .daysBefore(90))
        #expect(ids(result).contains("contract-notice-earlier"))
        #expect(!ids(result).contains("article-notice-earlier"))
        let text = result.warnings(vendorName: "Vendor").first { $0.id == "contract-notice-earlier" }?.text.en ?? ""
        #expect(text.contains("90 days") && text.contains("30 days"), "\(text)")
    }

    @Test("article 30 days, contract 10 days: renewal minus 30")
    func articleNoticeEarlier() {
        let result = schedule(ContractTerms(termEnd: d("2027-06-30"), billing: .annual, notice: .daysBefore(10)),
                              article: .daysBefore(30), today: "2026-11-23")
        #expect(result.deadline == d("2027-05-31"))
        #expect(result.notice == .daysBefore(30))
        #expect(ids(result).contains("article-notice-earlier"))
        #expect(!ids(result).contains("contract-notice-earlier"))
    }

    @Test("no notice in the article, contract 60 days: renewal minus 60")
    func contractNoticeApplies() {
        let result = schedule(ContractTerms(termEnd: d("2027-06-30"), billing: .annual, notice: .daysBefore(60)),
                              article: .none, today: "2026-11-23")
        #expect(result.deadline == d("2027-05-01"))
        #expect(result.notice == .daysBefore(60))
        #expect(ids(result).contains("contract-notice-applies"))
    }

    @Test("a tie keeps the article's rule and warns about neither")
    func tieKeepsArticle() {
        // 31 days and 1 month before 2027-03-31 are both 2027-02-28.
        let result = schedule(ContractTerms(termEnd: d("2027-03-31"), billing: .annual, notice: .monthsBefore(1)),
                              article: .daysBefore(31), today: "2026-11-23")
        #expect(result.deadline == d("2027-02-28"))
        #expect(result.notice == .daysBefore(31))
        #expect(!ids(result).contains("contract-notice-earlier"))
        #expect(!ids(result).contains("article-notice-earlier"))
    }

    @Test("an unknown notice in the article gives way to the contract's known one")
    func contractReplacesUnknownArticle() {
        let result = schedule(ContractTerms(termEnd: d("2027-06-30"), billing: .annual, notice: .monthsBefore(2)),
                              article: .unknownLength, today: "2026-11-23")
        #expect(result.deadline == d("2027-04-30"))
        #expect(result.endDate == d("2027-06-30"))
        #expect(result.missingFacts.isEmpty)
    }

    @Test("an unknown notice and no contract notice: no deadline, no end date, and the plan says why")
    func unknownNotice() {
        let result = schedule(ContractTerms(termEnd: d("2026-12-15"), billing: .annual), article: .unknownLength, today: "2026-11-23")
        #expect(result.deadline == nil)
        #expect(result.endDate == nil)
        #expect(result.renewal == d("2026-12-15"))
        #expect(ids(result).contains("end-depends-on-notice"))
        #expect(result.missingFacts == [.noticeDays])
    }

    // MARK: contract shapes

    @Test("auto-renew no: ends on the term end, nothing to send, even after that day")
    func autoRenewNo() {
        let terms = ContractTerms(termEnd: d("2027-01-31"), termMonths: 12, notice: .daysBefore(90), autoRenews: false)
        for today in ["2026-11-23", "2027-01-31", "2027-03-01"] {
            let result = schedule(terms, article: .daysBefore(30), today: today)
            #expect(result.endsWithoutNotice)
            #expect(result.renewal == d("2027-01-31"), "\(today)")
            #expect(result.endDate == d("2027-01-31"))
            #expect(result.deadline == nil)
            #expect(result.lastDayToAct == nil)
            #expect(result.deadlineMissed == false)
            #expect(result.rolledTerms == 0)
            #expect(ids(result).contains("no-auto-renew"))
        }
    }

    @Test("a 24-month first term, then 12-month renewals: a missed deadline rolls by 12 months")
    func firstTermThenRenewals() {
        let given = ContractTerms(termEnd: d("2026-12-31"), termMonths: 24, renewalTermMonths: 12, notice: .daysBefore(30))
        let onTime = schedule(given, today: "2026-12-01")
        #expect(onTime.deadlineMissed == false)
        #expect(onTime.daysLeft == 0)
        let missed = schedule(given, today: "2026-12-02")
        #expect(missed.renewal == d("2027-12-31"))
        #expect(missed.deadline == d("2027-12-01"))
        #expect(missed.rolledTerms == 1)
        #expect(missed.termMonths == 12)
        #expect(!ids(missed).contains("renewal-term-assumed"))
        // Without the renewal term, the current term is assumed, and said.
        let assumed = schedule(ContractTerms(termEnd: d("2026-12-31"), termMonths: 24, notice: .daysBefore(30)), today: "2026-12-02")
        #expect(assumed.renewal == d("2028-12-31"))
        #expect(ids(assumed).contains("renewal-term-assumed"))
    }

    @Test("a notice sent late: the term renewed once, nothing left to act on, and the plan says so")
    func noticeSentLate() {
        let late = schedule(ContractTerms(termEnd: d("2027-01-31"), billing: .annual, noticeSent: d("2027-01-02")),
                            article: .daysBefore(30), today: "2027-01-20")
        #expect(late.deadlineMissed)
        #expect(late.missedDeadline == d("2027-01-01"))
        #expect(late.renewal == d("2028-01-31"))
        #expect(late.deadline == d("2028-01-01"))
        #expect(late.lastDayToAct == nil)
        #expect(ids(late).contains("notice-late"))
        // Sent on the deadline day: on time, even though today is later.
        let onTime = schedule(ContractTerms(termEnd: d("2027-01-31"), billing: .annual, noticeSent: d("2027-01-01")),
                              article: .daysBefore(30), today: "2027-01-20")
        #expect(onTime.deadlineMissed == false)
        #expect(onTime.renewal == d("2027-01-31"))
        #expect(onTime.lastDayToAct == nil)
        #expect(!ids(onTime).contains("notice-late"))
    }

    @Test("a missed deadline with no renewal length: no end is invented, term-months is asked for")
    func missedWithoutLength() {
        let result = schedule(ContractTerms(termEnd: d("2026-11-01")), today: "2026-11-23")
        #expect(result.deadlineMissed)
        #expect(result.renewal == nil)
        #expect(result.endDate == nil)
        #expect(result.deadline == nil)
        #expect(result.missingFacts.contains(.termMonths))
    }

    // MARK: found by the oracle

    @Test("a monthly rolling contract far behind its anchor still finds an open end (oracle case)")
    func rollingFarBehind() {
        // Found by Scripts/date-oracle.py: the rolling loop stopped after 1,000
        // periods, so a month-end contract anchored in 1900 and planned in
        // 2200 got an end in 1983 whose deadline had passed long ago.
        let result = schedule(ContractTerms(termEnd: d("1900-01-31"), periodEnd: .month), today: "2200-12-01")
        #expect(result.renewal == d("2200-12-31"))
        #expect(result.deadline == d("2200-12-30"))
        #expect(result.rolledTerms == 3611)
        // A deadline is never before the day planned for.
        #expect((result.deadline ?? d("1900-01-01")) >= d("2200-12-01"))
        // Quarters too, with a notice in months.
        let quarterly = schedule(ContractTerms(termEnd: d("1901-03-31"), notice: .monthsBefore(24), periodEnd: .quarter), today: "2200-06-15")
        #expect(quarterly.renewal == d("2202-06-30"))
        #expect(quarterly.deadline == d("2200-06-30"))
    }

    @Test("a contract that does not renew says nothing about which notice wins")
    func noRenewalNoPrecedence() {
        let result = schedule(ContractTerms(termEnd: d("2027-06-30"), notice: .daysBefore(90), autoRenews: false),
                              article: .daysBefore(30), today: "2026-11-23")
        let ids = result.warnings(vendorName: "Aircall").map(\.id)
        #expect(ids == ["no-auto-renew"])
        #expect(result.noticeDeadline == nil && result.lastDayToAct == nil)
        #expect(result.endDate == d("2027-06-30"))
    }
}
