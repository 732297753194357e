/// The facts of ``AccountFacts`` that are values (numbers, dates, choices,
/// flags), in one struct with no reference inside: copying the facts copies
/// these bytes in one move and retains at most the one text box beside them,
/// where copying the facts field by field through their value witness cost
/// about 70 instructions a copy, several times for each row of a portfolio.
///
/// Optional numbers and dates are kept as plain values with one presence
/// bit each (an `Int?` takes 16 bytes, a `CalendarDate?` 8):
/// `AccountFacts`, these values and its text box, is 96 bytes instead of
/// 144, small enough that the compiler copies it with a few moves instead
/// of a call to `memcpy`. Every value a setter accepts is kept as given
/// (`Int.max` included); an absent one is stored as zero, so the
/// synthesized `==` and `hash(into:)` stay right.
@usableFromInline
struct FactValues: Hashable, Sendable, PresenceBits {
    @usableFromInline var seatsValue: Int = 0
    @usableFromInline var termMonthsValue: Int = 0
    @usableFromInline var renewalTermMonthsValue: Int = 0
    @usableFromInline var noticeDaysValue: Int = 0
    @usableFromInline var noticeMonthsValue: Int = 0
    /// ``AccountFacts/product`` when it fits in 15 bytes.
    @usableFromInline var shortProduct: ShortText? = nil
    @usableFromInline var today: CalendarDate
    @usableFromInline var renewalDay: CalendarDate
    @usableFromInline var noticeSentDay: CalendarDate
    @usableFromInline var confirmedDay: CalendarDate
    /// Which of the values above are given: one ``Present`` bit each.
    @usableFromInline var present: UInt8 = 0
    @usableFromInline var billing: BillingFrequency? = nil
    @usableFromInline var autoRenew: Bool? = nil
    @usableFromInline var periodEnd: PeriodEnd? = nil
    @usableFromInline var channel: Channel? = nil
    @usableFromInline var trial: Bool = false
    @usableFromInline var salesAssisted: Bool = false
    @usableFromInline var immediate: Bool = false

    /// The presence bits of ``present``.
    @usableFromInline
    enum Present {
        @inlinable static var seats: UInt8 { 1 << 0 }
        @inlinable static var termMonths: UInt8 { 1 << 1 }
        @inlinable static var renewalTermMonths: UInt8 { 1 << 2 }
        @inlinable static var noticeDays: UInt8 { 1 << 3 }
        @inlinable static var noticeMonths: UInt8 { 1 << 4 }
        @inlinable static var renewal: UInt8 { 1 << 5 }
        @inlinable static var noticeSent: UInt8 { 1 << 6 }
        @inlinable static var confirmed: UInt8 { 1 << 7 }
    }

    @usableFromInline
    init(today: CalendarDate) {
        self.today = today
        let none = CalendarDate(uncheckedDayNumber: 0)
        renewalDay = none
        noticeSentDay = none
        confirmedDay = none
    }

    @inlinable var seats: Int? {
        get { get(seatsValue, Present.seats) }
        set { seatsValue = store(newValue, zero: 0, Present.seats) }
    }
    @inlinable var termMonths: Int? {
        get { get(termMonthsValue, Present.termMonths) }
        set { termMonthsValue = store(newValue, zero: 0, Present.termMonths) }
    }
    @inlinable var renewalTermMonths: Int? {
        get { get(renewalTermMonthsValue, Present.renewalTermMonths) }
        set { renewalTermMonthsValue = store(newValue, zero: 0, Present.renewalTermMonths) }
    }
    @inlinable var noticeDays: Int? {
        get { get(noticeDaysValue, Present.noticeDays) }
        set { noticeDaysValue = store(newValue, zero: 0, Present.noticeDays) }
    }
    @inlinable var noticeMonths: Int? {
        get { get(noticeMonthsValue, Present.noticeMonths) }
        set { noticeMonthsValue = store(newValue, zero: 0, Present.noticeMonths) }
    }
    @inlinable var renewal: CalendarDate? {
        get { get(renewalDay, Present.renewal) }
        set { renewalDay = store(newValue, zero: CalendarDate(uncheckedDayNumber: 0), Present.renewal) }
    }
    @inlinable var noticeSent: CalendarDate? {
        get { get(noticeSentDay, Present.noticeSent) }
        set { noticeSentDay = store(newValue, zero: CalendarDate(uncheckedDayNumber: 0), Present.noticeSent) }
    }
    @inlinable var confirmed: CalendarDate? {
        get { get(confirmedDay, Present.confirmed) }
        set { confirmedDay = store(newValue, zero: CalendarDate(uncheckedDayNumber: 0), Present.confirmed) }
    }
}
