/// The dates that decide a cancellation: the last day to act, whether it
/// has passed, and the renewal in effect after rolling missed terms.
///
/// A missed deadline renews the contract for one more commitment term, and
/// again until the next deadline is today or later. Terms are counted from
/// the original renewal date (the anchor), so Jan 31 rolled monthly gives
/// Feb 28, Mar 31, Apr 30 rather than a chain of clamped dates.
public struct RenewalSchedule: Hashable, Sendable {
    public let today: CalendarDate
    /// The renewal date the user gave.
    public let anchor: CalendarDate
    /// Months per commitment term, nil when unknown.
    public let termMonths: Int?
    public let notice: NoticeRule

    /// True when the last day to act for the anchor has passed (for an
    /// unknown notice length: when the anchor itself has passed).
    public let deadlineMissed: Bool
    /// The last day to act for the anchor, when it was missed and is known.
    public let missedDeadline: CalendarDate?
    /// How many terms the contract has rolled past the anchor.
    public let rolledTerms: Int
    /// The renewal date in effect: the anchor, or the rolled one; nil when a
    /// roll is needed and the term is unknown.
    public let renewal: CalendarDate?
    /// The last day the cancellation may reach the vendor; nil when unknown.
    public let lastDayToAct: CalendarDate?

    public init(anchor: CalendarDate, today: CalendarDate, termMonths: Int?, notice: NoticeRule) {
        self.today = today
        self.anchor = anchor
        self.termMonths = termMonths
        self.notice = notice

        // The latest day that still stops a renewal, for the roll decision.
        func bound(_ renewal: CalendarDate) -> CalendarDate {
            notice.lastDayToAct(renewal: renewal) ?? renewal.adding(days: -1)
        }

        let missed = bound(anchor) < today
        deadlineMissed = missed
        missedDeadline = missed ? notice.lastDayToAct(renewal: anchor) : nil
        guard missed else {
            rolledTerms = 0
            renewal = anchor
            lastDayToAct = notice.lastDayToAct(renewal: anchor)
            return
        }
        guard let term = termMonths, term > 0 else {
            rolledTerms = 0
            renewal = nil
            lastDayToAct = nil
            return
        }
        // Jump close to today, staying on the missed side, then step.
        let monthsBehind = (today.year * 12 + today.month) - (anchor.year * 12 + anchor.month)
        var terms = max(1, monthsBehind / term - 1)
        while bound(anchor.adding(months: terms * term)) < today { terms += 1 }
        rolledTerms = terms
        let rolled = anchor.adding(months: terms * term)
        renewal = rolled
        lastDayToAct = notice.lastDayToAct(renewal: rolled)
    }

    /// The notice deadline: the last day to act when a notice period applies.
    public var noticeDeadline: CalendarDate? {
        if case .daysBefore = notice { return lastDayToAct }
        return nil
    }

    /// Days from today to the last day to act (0 means today is the last day).
    public var daysLeft: Int? {
        lastDayToAct.map { $0.days(since: today) }
    }
}
