import Testing
@testable import CancelCore

/// ``RenewalSchedule`` jumps close to the day before it rolls, reuses each
/// rule's day, and keeps its results compact. This suite checks it against
/// the plain reading of its rules (``Reference``, written with
/// `CalendarDate` and `NoticeRule` alone; a rolling contract found by
/// stepping from the period holding the day rather than by the engine's
/// jump to 25 months before it) over a
/// grid of terms: month ends, Feb 29, both sides of every deadline, every
/// notice kind on both sides (zero and negative lengths included, which the
/// API accepts), notices already sent, every shape, and the ends of the
/// accepted input range. It also checks what ``PlanOutline`` reads in one
/// go (`outlineFields`) against the schedule's own properties.
@Suite("RenewalSchedule against a reference")
struct ScheduleOracleTests {
    /// The schedule's dates, computed the direct way.
    struct Reference: Equatable, CustomStringConvertible {
        var deadlineMissed = false
        var missedDeadline: CalendarDate?
        var rolledTerms = 0
        var renewal: CalendarDate?
        var notice: NoticeRule
        var deadline: CalendarDate?
        var endDate: CalendarDate?
        var lastDayToAct: CalendarDate?
        var termMonths: Int?

        var description: String {
            "missed \(deadlineMissed) \(String(describing: missedDeadline)) rolled \(rolledTerms) renewal \(String(describing: renewal)) "
                + "notice \(notice) deadline \(String(describing: deadline)) end \(String(describing: endDate)) "
                + "last \(String(describing: lastDayToAct)) term \(String(describing: termMonths))"
        }

        init(_ schedule: RenewalSchedule) {
            deadlineMissed = schedule.deadlineMissed
            missedDeadline = schedule.missedDeadline
            rolledTerms = schedule.rolledTerms
            renewal = schedule.renewal
            notice = schedule.notice
            deadline = schedule.deadline
            endDate = schedule.endDate
            lastDayToAct = schedule.lastDayToAct
            termMonths = schedule.termMonths
        }

        init(terms: ContractTerms, article: NoticeRule, today: CalendarDate) {
            let acted = terms.noticeSent ?? terms.confirmed
            let asOf = acted ?? today
            let contract = terms.notice
            func lastDay(_ end: CalendarDate) -> CalendarDate? {
                let fromArticle = article.lastDayToAct(renewal: end)
                guard let contract else { return fromArticle }
                let fromContract = contract.lastDayToAct(renewal: end)
                guard let fromArticle, let fromContract else { return fromContract }
                return min(fromArticle, fromContract)
            }
            func rollBound(_ end: CalendarDate) -> CalendarDate { lastDay(end) ?? end.adding(days: -1) }
            func governing(_ end: CalendarDate) -> NoticeRule {
                guard let contract else { return article }
                guard let fromArticle = article.lastDayToAct(renewal: end), article.requiresNotice else { return contract }
                guard let fromContract = contract.lastDayToAct(renewal: end) else { return article }
                return fromContract < fromArticle ? contract : article
            }
            func monthIndex(_ date: CalendarDate) -> Int { date.year * 12 + date.month }
            notice = article
            var endsAtTermEnd = false
            if terms.autoRenews == false {
                endsAtTermEnd = true
                renewal = terms.termEnd
            } else if let period = terms.periodEnd {
                termMonths = period.months
                let first = period.end(containing: terms.termEnd ?? asOf)
                if lastDay(first) != nil {
                    // Not the engine's jump: from the period holding the day,
                    // step back while the earlier end still stops the renewal
                    // (never before `first`), then on while this one does not.
                    // rollBound only grows with the end, so this finds the
                    // first end whose deadline is the day or later.
                    var end = max(first, period.end(containing: asOf))
                    while end > first {
                        let earlier = period.end(containing: end.adding(months: -period.months))
                        guard earlier >= first, rollBound(earlier) >= asOf else { break }
                        end = earlier
                    }
                    while rollBound(end) < asOf { end = period.end(after: end) }
                    let steps = (monthIndex(end) - monthIndex(first)) / period.months
                    renewal = end
                    if terms.termEnd != nil && steps > 0 {
                        deadlineMissed = true
                        missedDeadline = lastDay(first)
                        rolledTerms = steps
                    }
                }
            } else {
                termMonths = terms.renewalTerm?.months
                if let anchor = terms.termEnd {
                    deadlineMissed = rollBound(anchor) < asOf
                    missedDeadline = deadlineMissed ? lastDay(anchor) : nil
                    if !deadlineMissed {
                        renewal = anchor
                    } else if let term = termMonths, term > 0 {
                        var count = max(1, (monthIndex(asOf) - monthIndex(anchor)) / term)
                        while rollBound(anchor.adding(months: count * term)) < asOf { count += 1 }
                        rolledTerms = count
                        renewal = anchor.adding(months: count * term)
                    }
                }
            }
            notice = renewal.map(governing) ?? contract ?? article
            deadline = endsAtTermEnd ? nil : renewal.flatMap(lastDay)
            endDate = endsAtTermEnd ? renewal : notice == .unknownLength ? nil : renewal
            lastDayToAct = acted == nil ? deadline : nil
        }
    }

    static func d(_ y: Int, _ m: Int, _ day: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: day) ?? CalendarDate(dayNumber: 0) }

    static let anchors: [CalendarDate?] = [nil, d(2027, 1, 31), d(2027, 2, 28), d(2028, 2, 29), d(2026, 11, 23), d(2026, 12, 23),
                                           d(2026, 12, 24), d(2020, 3, 31), d(1900, 1, 1), d(2026, 10, 31), d(2027, 6, 30)]
    static let todays: [CalendarDate] = [d(2026, 11, 23), d(2026, 11, 24), d(2027, 1, 1), d(2028, 2, 29), d(2028, 3, 1),
                                         d(2027, 12, 31), d(2200, 12, 31), d(1900, 1, 1)]
    static let notices: [NoticeRule?] = [nil, NoticeRule.none, .daysBefore(30), .daysBefore(1), .daysBefore(0), .daysBefore(-3),
                                         .daysBefore(730), .monthsBefore(1), .monthsBefore(3), .monthsBefore(24), .monthsBefore(0),
                                         .unknownLength]

    @Test("every shape, notice and day gives the reference's dates", arguments: anchors)
    func againstReference(anchor: CalendarDate?) {
        var checked = 0
        for today in ScheduleOracleTests.todays {
            for article in ScheduleOracleTests.notices.compactMap({ $0 }) {
                for contract in ScheduleOracleTests.notices {
                    for shape in 0..<6 {
                        for sent in [nil, today.adding(days: -40), today] as [CalendarDate?] {
                            var terms = ContractTerms(termEnd: anchor, notice: contract, noticeSent: sent)
                            switch shape {
                            case 0: terms.termMonths = 12
                            case 1: terms.termMonths = 24; terms.renewalTermMonths = 1
                            case 2: terms.billing = .monthly
                            case 3: terms.periodEnd = [.month, .quarter, .year][checked % 3]
                            case 4: terms.autoRenews = false; terms.termMonths = 12
                            default: terms.renewalTermMonths = checked % 2 == 0 ? 0 : 5
                            }
                            let schedule = RenewalSchedule(terms: terms, article: article, today: today)
                            let expected = Reference(terms: terms, article: article, today: today)
                            // The message only on a failure: describing the terms each time is slow.
                            if Reference(schedule) != expected {
                                Issue.record("\(terms) article \(article) today \(today): \(Reference(schedule)), expected \(expected)")
                            }
                            let fields = schedule.outlineFields
                            if fields.endsWithoutNotice != schedule.endsWithoutNotice || fields.deadlineMissed != schedule.deadlineMissed
                                || fields.requiresNotice != schedule.notice.requiresNotice
                                || fields.lastDayToAct != schedule.lastDayToAct || fields.missedDeadline != schedule.missedDeadline {
                                Issue.record("outline fields \(fields) of \(terms) article \(article) today \(today)")
                            }
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == ScheduleOracleTests.todays.count * 11 * 12 * 6 * 3)
    }

    @Test("a term end that cannot roll past the last representable day stops there")
    func endOfCalendar() {
        let anchor = ScheduleOracleTests.d(9999, 1, 31)
        let today = ScheduleOracleTests.d(9999, 12, 1)
        let schedule = RenewalSchedule(terms: ContractTerms(termEnd: anchor, termMonths: 1, notice: .daysBefore(730)),
                                       article: .none, today: today)
        #expect(schedule.deadlineMissed)
        #expect(schedule.renewal == ScheduleOracleTests.d(9999, 12, 31))
    }

    @Test("a confirmed cancellation decides the roll as of its day")
    func confirmed() {
        for day in stride(from: -400, through: 400, by: 7) {
            let today = ScheduleOracleTests.d(2026, 11, 23)
            let terms = ContractTerms(termEnd: ScheduleOracleTests.d(2026, 12, 31), termMonths: 12, notice: .monthsBefore(2),
                                      confirmed: today.adding(days: day))
            #expect(Reference(RenewalSchedule(terms: terms, article: .daysBefore(30), today: today))
                        == Reference(terms: terms, article: .daysBefore(30), today: today))
        }
    }
}
