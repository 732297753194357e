/// The dates that decide a cancellation, computed from a contract's terms
/// and the vendor article's own notice rule: the last day to act, whether
/// it has passed, and the end in effect after rolling missed terms.
///
/// - The user's contract always applies. Where the article has a notice rule
///   of its own, the earlier deadline wins (``warnings`` names both figures).
/// - A missed deadline renews the contract for one renewal term, again until
///   the next deadline is today or later. Terms are counted from the term end
///   the user gave (the anchor), so Jan 31 rolled monthly gives Feb 28,
///   Mar 31, Apr 30 rather than a chain of clamped dates.
/// - A rolling contract (``PeriodEnd``) ends on the first period end whose
///   deadline is today or later, and no earlier than the anchor.
/// - A contract that does not renew ends at its term's end: nothing to send.
/// - Once a notice was sent (or the cancellation confirmed), the roll is
///   decided as of that day, and a notice sent after its deadline is late.
public struct RenewalSchedule: Hashable, Sendable {
    // Stored compact (128 bytes where it took 277): results as day numbers
    // with presence bits, the notice in effect as which rule it is. A plan
    // keeps its schedule, and a portfolio builds one for each of a million
    // rows: at this size the compiler moves it with a few instructions
    // instead of calling `memcpy`.
    public let terms: ContractTerms
    /// The article section that rule comes from, for warnings.
    public let articleCitation: Citation?
    /// The source section saying billing and commitment can differ, where
    /// the vendor says so; nil otherwise.
    public let commitmentSource: Citation?
    /// The vendor article's notice rule, before the contract's applies.
    public let articleNotice: NoticeRule
    public let today: CalendarDate
    @usableFromInline let renewalDay: CalendarDate
    @usableFromInline let deadlineDay: CalendarDate
    @usableFromInline let missedDay: CalendarDate
    /// ``Flag`` bits in the low byte, ``rolledTerms`` above them.
    @usableFromInline let state: UInt32

    @usableFromInline
    enum Flag {
        @inlinable static var renewalKnown: UInt32 { 1 << 0 }
        @inlinable static var deadlineKnown: UInt32 { 1 << 1 }
        @inlinable static var missedKnown: UInt32 { 1 << 2 }
        @inlinable static var deadlineMissed: UInt32 { 1 << 3 }
        /// The notice in effect is the contract's, not the article's.
        @inlinable static var contractNotice: UInt32 { 1 << 4 }
        @inlinable static var bits: UInt32 { 8 }
    }

    @inlinable
    func date(_ day: CalendarDate, _ flag: UInt32) -> CalendarDate? {
        state & flag != 0 ? day : nil
    }

    /// The term end the user gave.
    @inlinable public var anchor: CalendarDate? { terms.termEnd }
    /// Months per renewal used for rolling, nil when unknown.
    @inlinable public var termMonths: Int? {
        switch terms.shape {
        case .endsAtTermEnd: return nil
        case .renewingTerm: return terms.renewalTerm?.months
        case .rolling(let period): return period.months
        }
    }
    /// The notice rule that decides the deadline in effect.
    @inlinable public var notice: NoticeRule {
        state & Flag.contractNotice != 0 ? terms.notice ?? articleNotice : articleNotice
    }
    /// True when the last day to act for the anchor has passed (for an
    /// unknown notice length: when the anchor itself has passed). With a
    /// notice already sent: when it was sent after that day.
    @inlinable public var deadlineMissed: Bool { state & Flag.deadlineMissed != 0 }
    /// The last day to act for the anchor, when it was missed and is known.
    @inlinable public var missedDeadline: CalendarDate? { date(missedDay, Flag.missedKnown) }
    /// How many terms (or calendar periods) the contract rolled past the anchor.
    @inlinable public var rolledTerms: Int { Int(state >> Flag.bits) }
    /// The term end in effect: the anchor, or the rolled one; nil when a roll
    /// is needed and the renewal length is unknown.
    @inlinable public var renewal: CalendarDate? { date(renewalDay, Flag.renewalKnown) }
    /// The day the service ends; nil when it cannot be known (an unknown
    /// notice length decides whether the term end can still be made).
    @inlinable public var endDate: CalendarDate? {
        if case .endsAtTermEnd = terms.shape { return renewal }
        return notice == .unknownLength ? nil : renewal
    }
    /// The deadline that applies to ``renewal``, known or not yet met.
    @inlinable public var deadline: CalendarDate? { date(deadlineDay, Flag.deadlineKnown) }
    /// The last day the cancellation may reach the vendor; nil when unknown,
    /// when nothing needs sending, or when it was already sent.
    @inlinable public var lastDayToAct: CalendarDate? {
        terms.present & (ContractTerms.Present.noticeSent | ContractTerms.Present.confirmed) == 0 ? deadline : nil
    }

    // Borrowed (`__shared`): the terms and citations are read in place and
    // stored once, not first copied in for the call.
    public init(terms: __shared ContractTerms, article: NoticeRule, today: CalendarDate,
                articleCitation: __shared Citation? = nil, commitmentSource: __shared Citation? = nil) {
        self.today = today
        self.terms = terms
        self.articleNotice = article
        self.articleCitation = articleCitation
        self.commitmentSource = commitmentSource
        let acted = terms.noticeSent ?? terms.confirmed
        let asOf = acted ?? today
        let contract = terms.notice

        /// Each rule's last day to act for a term end.
        @inline(__always)
        func days(_ end: CalendarDate) -> (article: CalendarDate?, contract: CalendarDate?) {
            (article.lastDayToAct(renewal: end), contract?.lastDayToAct(renewal: end))
        }
        /// The last day to act for a term end, nil when unknown.
        func bound(_ end: CalendarDate) -> CalendarDate? {
            RenewalSchedule.lastDay(contract: contract, days(end))
        }
        /// The latest day that still stops a renewal, for the roll decision.
        func rollBound(_ end: CalendarDate) -> CalendarDate {
            bound(end) ?? end.adding(days: -1)
        }

        var missed = false
        var missedDay: CalendarDate?
        var rolled = 0
        var renewal: CalendarDate?
        // Each rule's day for `renewal` once known: the deadline and the
        // governing rule below need it, and it is often the anchor's.
        var renewalDays: (article: CalendarDate?, contract: CalendarDate?)?
        let shape = terms.shape
        switch shape {
        case .endsAtTermEnd:
            renewal = terms.termEnd
        case .renewingTerm:
            if let anchor = terms.termEnd {
                let anchorDays = days(anchor)
                let anchorBound = RenewalSchedule.lastDay(contract: contract, anchorDays)
                missed = (anchorBound ?? anchor.adding(days: -1)) < asOf
                missedDay = missed ? anchorBound : nil
                if !missed {
                    renewal = anchor
                    renewalDays = anchorDays
                } else if let term = terms.renewalTerm?.months, term > 0 {
                    // Jump close to the day, staying on the missed side, then step.
                    // Every count below monthsBehind / term ends in a month
                    // before asOf's, so its deadline has passed too: start there.
                    // Each `year` or `month` converts the day number again: once each.
                    // The anchor is converted to year, month and day once, for every step.
                    let (asOfYear, asOfMonth, _) = asOf.components
                    let anchorDate = anchor.components
                    let monthsBehind = (asOfYear * 12 + asOfMonth) - (anchorDate.year * 12 + anchorDate.month)
                    var count = max(1, monthsBehind / term)
                    var end = CalendarDate.adding(months: count * term, to: anchorDate)
                    // Stops at the last representable day, where ends no longer move
                    // (only a date far outside the accepted input range gets there).
                    while rollBound(end) < asOf && end.dayNumber < CalendarDate.maximumDayNumber {
                        count += 1
                        end = CalendarDate.adding(months: count * term, to: anchorDate)
                    }
                    rolled = count
                    renewal = end
                }
            }
        case .rolling(let period):
            let first = period.end(containing: terms.termEnd ?? asOf)
            if bound(first) != nil {
                var end = first
                var steps = 0
                // A notice is at most 730 days or 24 months: every period
                // ending more than 25 months before the day has passed its
                // deadline, so jump there, then step (a few dozen at most).
                let floor = period.end(containing: asOf.adding(months: -25))
                if floor > end {
                    let (floorYear, floorMonth, _) = floor.components
                    let (endYear, endMonth, _) = end.components
                    steps = ((floorYear * 12 + floorMonth) - (endYear * 12 + endMonth)) / period.months
                    end = floor
                }
                var guardSteps = 0
                while rollBound(end) < asOf && guardSteps < 400 {
                    end = period.end(after: end)
                    steps += 1
                    guardSteps += 1
                }
                renewal = end
                if terms.termEnd != nil && steps > 0 {
                    missed = true
                    missedDay = bound(first)
                    rolled = steps
                }
            }
        }
        // The deadline and the rule deciding it, from one computation of each rule's day.
        if renewalDays == nil { renewalDays = renewal.map(days) }
        let governing = renewalDays.map { RenewalSchedule.governing(article: article, contract: contract, $0) }
            ?? contract ?? article
        var deadline: CalendarDate?
        if case .endsAtTermEnd = shape {
            deadline = nil
        } else {
            deadline = renewalDays.flatMap { RenewalSchedule.lastDay(contract: contract, $0) }
        }
        // `governing` is one of the two rules: which one is all that is kept.
        let none = CalendarDate(uncheckedDayNumber: 0)
        var state = UInt32(clamping: min(rolled, Int(UInt32.max >> Flag.bits))) << Flag.bits
        if contract != nil && governing == contract && governing != article { state |= Flag.contractNotice }
        if missed { state |= Flag.deadlineMissed }
        if renewal != nil { state |= Flag.renewalKnown }
        if deadline != nil { state |= Flag.deadlineKnown }
        if missedDay != nil { state |= Flag.missedKnown }
        renewalDay = renewal ?? none
        deadlineDay = deadline ?? none
        self.missedDay = missedDay ?? none
        self.state = state
    }

    /// The schedule the first version of the engine took: a term end, one
    /// length for every renewal, and one notice rule.
    public init(anchor: CalendarDate, today: CalendarDate, termMonths: Int?, notice: NoticeRule) {
        self.init(terms: ContractTerms(termEnd: anchor, renewalTermMonths: termMonths), article: notice, today: today)
    }

    /// The earlier of the article's and the contract's deadlines for `end`.
    public static func lastDay(article: NoticeRule, contract: NoticeRule?, end: CalendarDate) -> CalendarDate? {
        lastDay(contract: contract, (article.lastDayToAct(renewal: end), contract?.lastDayToAct(renewal: end)))
    }

    /// The same from each rule's last day for the end.
    static func lastDay(contract: NoticeRule?, _ days: (article: CalendarDate?, contract: CalendarDate?)) -> CalendarDate? {
        guard contract != nil else { return days.article }
        guard let fromArticle = days.article, let fromContract = days.contract else { return days.contract }
        return min(fromArticle, fromContract)
    }

    /// The rule whose deadline for `end` is the earlier (the article's on a tie).
    public static func governing(article: NoticeRule, contract: NoticeRule?, end: CalendarDate) -> NoticeRule {
        governing(article: article, contract: contract, (article.lastDayToAct(renewal: end), contract?.lastDayToAct(renewal: end)))
    }

    /// The same from each rule's last day for the end.
    static func governing(article: NoticeRule, contract: NoticeRule?,
                          _ days: (article: CalendarDate?, contract: CalendarDate?)) -> NoticeRule {
        guard let contract else { return article }
        guard let fromArticle = days.article, article.requiresNotice else { return contract }
        guard let fromContract = days.contract else { return article }
        return fromContract < fromArticle ? contract : article
    }

    /// The notice deadline: the deadline when a notice period applies.
    public var noticeDeadline: CalendarDate? {
        notice.requiresNotice ? deadline : nil
    }

    /// Days from today to the last day to act (0 means today is the last day).
    public var daysLeft: Int? {
        lastDayToAct.map { $0.days(since: today) }
    }

    /// True when the contract ends by itself and nothing needs sending.
    /// Inlinable: a call would pass the whole schedule (128 bytes) by copy.
    @inlinable
    public var endsWithoutNotice: Bool {
        terms.shape == .endsAtTermEnd
    }

    /// What ``PlanOutline`` reads of a schedule, in one read: the notice's
    /// kind is read from what is stored, without building the rule.
    @inlinable
    var outlineFields: (endsWithoutNotice: Bool, deadlineMissed: Bool, requiresNotice: Bool,
                        lastDayToAct: CalendarDate?, missedDeadline: CalendarDate?) {
        let requiresNotice: Bool
        if state & Flag.contractNotice != 0 && terms.noticeKind != ContractTerms.NoticeKind.absent {
            requiresNotice = terms.noticeKind != ContractTerms.NoticeKind.none
        } else {
            requiresNotice = articleNotice.requiresNotice
        }
        return (endsWithoutNotice, deadlineMissed, requiresNotice, lastDayToAct, missedDeadline)
    }

    /// True once a notice was sent or the cancellation confirmed.
    public var hasActed: Bool {
        terms.noticeSent != nil || terms.confirmed != nil
    }
}
