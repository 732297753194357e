/// The facts of ``AccountFacts`` that are values (numbers, dates, choices,
/// flags), in one struct with no reference inside: copying the facts copies
/// these bytes in one move and retains at most the one text box beside them,
/// where copying the facts field by field through their value witness cost
/// about 70 instructions a copy, several times for each row of a portfolio.
@usableFromInline
struct FactValues: Hashable, Sendable {
    @usableFromInline var today: CalendarDate
    @usableFromInline var seats: Int? = nil
    @usableFromInline var renewal: CalendarDate? = nil
    @usableFromInline var billing: BillingFrequency? = nil
    @usableFromInline var termMonths: Int? = nil
    @usableFromInline var renewalTermMonths: Int? = nil
    @usableFromInline var noticeDays: Int? = nil
    @usableFromInline var noticeMonths: Int? = nil
    @usableFromInline var autoRenew: Bool? = nil
    @usableFromInline var periodEnd: PeriodEnd? = nil
    @usableFromInline var trial: Bool = false
    @usableFromInline var salesAssisted: Bool = false
    @usableFromInline var immediate: Bool = false
    @usableFromInline var channel: Channel? = nil
    @usableFromInline var noticeSent: CalendarDate? = nil
    @usableFromInline var confirmed: CalendarDate? = nil
    /// ``AccountFacts/product`` when it fits in 15 bytes.
    @usableFromInline var shortProduct: ShortText? = nil

    @usableFromInline
    init(today: CalendarDate) {
        self.today = today
    }
}
