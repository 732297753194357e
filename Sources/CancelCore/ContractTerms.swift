/// The terms of one contract that decide when and how it can end: the
/// facts of the user's signed contract, as opposed to a vendor article's
/// general rules. Every vendor computes every date through these terms
/// (see ``RenewalSchedule``), so a fact the user gives is always applied.
public struct ContractTerms: Hashable, Sendable, PresenceBits {
    // Kept compact (41 bytes where optional fields took 65): a schedule
    // holds the terms and a portfolio builds one for each of a million rows.
    // Numbers are kept whole (any `Int` given reads back the same); an
    // absent value is stored as zero, so the synthesized `==` holds.
    @usableFromInline var termMonthsValue: Int = 0
    @usableFromInline var renewalTermMonthsValue: Int = 0
    /// The contract notice's days or months (0 for the other rules).
    @usableFromInline var noticeLength: Int = 0
    @usableFromInline var termEndDay = CalendarDate(uncheckedDayNumber: 0)
    @usableFromInline var noticeSentDay = CalendarDate(uncheckedDayNumber: 0)
    @usableFromInline var confirmedDay = CalendarDate(uncheckedDayNumber: 0)
    /// Presence bits of the five values above (``FactValues/Present``'s).
    @usableFromInline var present: UInt8 = 0
    /// The contract notice's case: ``NoticeKind``.
    @usableFromInline var noticeKind: UInt8 = NoticeKind.absent
    @usableFromInline var billingValue: BillingFrequency? = nil
    @usableFromInline var autoRenewsValue: Bool? = nil
    @usableFromInline var periodEndValue: PeriodEnd? = nil

    @usableFromInline
    enum NoticeKind {
        @inlinable static var absent: UInt8 { 0 }
        @inlinable static var none: UInt8 { 1 }
        @inlinable static var daysBefore: UInt8 { 2 }
        @inlinable static var monthsBefore: UInt8 { 3 }
        @inlinable static var unknownLength: UInt8 { 4 }
    }

    @usableFromInline typealias Present = FactValues.Present

    /// The day the current term ends (`--renewal`).
    @inlinable public var termEnd: CalendarDate? {
        get { get(termEndDay, Present.renewal) }
        set { termEndDay = store(newValue, zero: CalendarDate(uncheckedDayNumber: 0), Present.renewal) }
    }
    /// The current commitment, in months (`--term-months`).
    @inlinable public var termMonths: Int? {
        get { get(termMonthsValue, Present.termMonths) }
        set { termMonthsValue = store(newValue, zero: 0, Present.termMonths) }
    }
    /// Each renewal after the current term (`--renewal-term-months`).
    @inlinable public var renewalTermMonths: Int? {
        get { get(renewalTermMonthsValue, Present.renewalTermMonths) }
        set { renewalTermMonthsValue = store(newValue, zero: 0, Present.renewalTermMonths) }
    }
    @inlinable public var billing: BillingFrequency? {
        get { billingValue }
        set { billingValue = newValue }
    }
    /// The contract's own notice period (`--notice-days` or `--notice-months`).
    @inlinable public var notice: NoticeRule? {
        get {
            switch noticeKind {
            case NoticeKind.none: return NoticeRule.none
            case NoticeKind.daysBefore: return .daysBefore(noticeLength)
            case NoticeKind.monthsBefore: return .monthsBefore(noticeLength)
            case NoticeKind.unknownLength: return .unknownLength
            default: return nil
            }
        }
        set {
            switch newValue {
            case nil: (noticeKind, noticeLength) = (NoticeKind.absent, 0)
            case .none?: (noticeKind, noticeLength) = (NoticeKind.none, 0)
            case .daysBefore(let days)?: (noticeKind, noticeLength) = (NoticeKind.daysBefore, days)
            case .monthsBefore(let months)?: (noticeKind, noticeLength) = (NoticeKind.monthsBefore, months)
            case .unknownLength?: (noticeKind, noticeLength) = (NoticeKind.unknownLength, 0)
            }
        }
    }
    /// False when the contract says it does not renew by itself.
    @inlinable public var autoRenews: Bool? {
        get { autoRenewsValue }
        set { autoRenewsValue = newValue }
    }
    /// A rolling contract that ends only on a calendar boundary.
    @inlinable public var periodEnd: PeriodEnd? {
        get { periodEndValue }
        set { periodEndValue = newValue }
    }
    /// The day the cancellation was sent, when it was.
    @inlinable public var noticeSent: CalendarDate? {
        get { get(noticeSentDay, Present.noticeSent) }
        set { noticeSentDay = store(newValue, zero: CalendarDate(uncheckedDayNumber: 0), Present.noticeSent) }
    }
    /// The day the vendor confirmed the cancellation, when it did.
    @inlinable public var confirmed: CalendarDate? {
        get { get(confirmedDay, Present.confirmed) }
        set { confirmedDay = store(newValue, zero: CalendarDate(uncheckedDayNumber: 0), Present.confirmed) }
    }

    @inlinable
    public init(termEnd: CalendarDate? = nil, termMonths: Int? = nil, renewalTermMonths: Int? = nil,
                billing: BillingFrequency? = nil, notice: NoticeRule? = nil, autoRenews: Bool? = nil,
                periodEnd: PeriodEnd? = nil, noticeSent: CalendarDate? = nil, confirmed: CalendarDate? = nil) {
        self.termEnd = termEnd
        self.termMonths = termMonths
        self.renewalTermMonths = renewalTermMonths
        self.billing = billing
        self.notice = notice
        self.autoRenews = autoRenews
        self.periodEnd = periodEnd
        self.noticeSent = noticeSent
        self.confirmed = confirmed
    }

    /// The terms an account's facts give. Inlinable: every plan builds
    /// them. The facts keep their values with the same presence bits, so
    /// the terms take them over as they are (the contract notice: the days
    /// when given, else the months, as ``AccountFacts/contractNotice``).
    @inlinable
    public init(_ facts: AccountFacts) {
        let values = facts.values
        termMonthsValue = values.termMonthsValue
        renewalTermMonthsValue = values.renewalTermMonthsValue
        termEndDay = values.renewalDay
        noticeSentDay = values.noticeSentDay
        confirmedDay = values.confirmedDay
        present = values.present & (Present.renewal | Present.termMonths | Present.renewalTermMonths
                                    | Present.noticeSent | Present.confirmed)
        if values.present & Present.noticeDays != 0 {
            (noticeKind, noticeLength) = (NoticeKind.daysBefore, values.noticeDaysValue)
        } else if values.present & Present.noticeMonths != 0 {
            (noticeKind, noticeLength) = (NoticeKind.monthsBefore, values.noticeMonthsValue)
        }
        billingValue = values.billing
        autoRenewsValue = values.autoRenew
        periodEndValue = values.periodEnd
    }

    /// Where the length of a renewal comes from.
    public enum RenewalTermBasis: String, Hashable, Sendable {
        /// `--renewal-term-months`.
        case given
        /// Assumed equal to the current term (`--term-months`).
        case currentTerm
        /// Assumed equal to one billing period (`--billing`).
        case billingPeriod
    }

    /// The length of each renewal and what it rests on; nil when nothing
    /// tells it.
    public var renewalTerm: (months: Int, basis: RenewalTermBasis)? {
        if let renewalTermMonths { return (renewalTermMonths, .given) }
        if let termMonths { return (termMonths, .currentTerm) }
        if let billing { return (billing.defaultTermMonths, .billingPeriod) }
        return nil
    }

    /// How the contract can end.
    public enum Shape: Hashable, Sendable {
        /// Renews by itself for a term at a time (the default reading).
        case renewingTerm
        /// Ends at the end of its term; nothing renews.
        case endsAtTermEnd
        /// Rolls on and can end only on the last day of a calendar period.
        case rolling(PeriodEnd)
    }

    @inlinable
    public var shape: Shape {
        if autoRenews == false { return .endsAtTermEnd }
        if let periodEnd { return .rolling(periodEnd) }
        return .renewingTerm
    }
}
