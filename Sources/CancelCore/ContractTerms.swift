/// The terms of one contract that decide when and how it can end: the
/// facts of the user's signed contract, as opposed to a vendor article's
/// general rules. Every vendor computes every date through these terms
/// (see ``RenewalSchedule``), so a fact the user gives is always applied.
public struct ContractTerms: Hashable, Sendable {
    /// The day the current term ends (`--renewal`).
    public var termEnd: CalendarDate?
    /// The current commitment, in months (`--term-months`).
    public var termMonths: Int?
    /// Each renewal after the current term (`--renewal-term-months`).
    public var renewalTermMonths: Int?
    public var billing: BillingFrequency?
    /// The contract's own notice period (`--notice-days` or `--notice-months`).
    public var notice: NoticeRule?
    /// False when the contract says it does not renew by itself.
    public var autoRenews: Bool?
    /// A rolling contract that ends only on a calendar boundary.
    public var periodEnd: PeriodEnd?
    /// The day the cancellation was sent, when it was.
    public var noticeSent: CalendarDate?
    /// The day the vendor confirmed the cancellation, when it did.
    public var confirmed: CalendarDate?

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
    /// them, and a call cost more than the copying of the facts it does.
    @inlinable
    public init(_ facts: AccountFacts) {
        self.init(termEnd: facts.renewal, termMonths: facts.termMonths, renewalTermMonths: facts.renewalTermMonths,
                  billing: facts.billing, notice: facts.contractNotice, autoRenews: facts.autoRenew,
                  periodEnd: facts.periodEnd, noticeSent: facts.noticeSent, confirmed: facts.confirmed)
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
