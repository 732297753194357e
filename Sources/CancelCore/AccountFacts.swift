/// What the user knows about one account, already checked. Every fact but
/// `today` may be unknown: a plan lists what it misses instead of guessing.
public struct AccountFacts: Hashable, Sendable {
    public static let seatRange = 1...100_000
    public static let termMonthsRange = 1...120
    public static let noticeDaysRange = 1...730
    public static let noticeMonthsRange = 1...24
    public static let contactLengthLimit = 200

    public var today: CalendarDate
    /// A product id of the vendor; nil means the vendor's default product.
    public var product: String?
    public var seats: Int?
    /// The day the current period or commitment ends and would auto-renew.
    public var renewal: CalendarDate?
    public var billing: BillingFrequency?
    /// The current commitment, in months.
    public var termMonths: Int?
    /// Each renewal after the current term, when it differs from it.
    public var renewalTermMonths: Int?
    /// The contract's notice period in days (never given with months).
    public var noticeDays: Int?
    /// The contract's notice period in months (never given with days).
    public var noticeMonths: Int?
    /// Whether the contract renews by itself; nil when not given.
    public var autoRenew: Bool?
    /// A rolling contract that ends only on a calendar boundary.
    public var periodEnd: PeriodEnd?
    public var trial: Bool
    public var salesAssisted: Bool
    public var immediate: Bool
    /// How an unlisted vendor takes cancellations.
    public var channel: Channel?
    /// Where to reach an unlisted vendor; untrusted text.
    public var contact: String?
    /// The day the cancellation notice was sent, not after `today`.
    public var noticeSent: CalendarDate?
    /// The day the vendor confirmed the cancellation, not after `today`.
    public var confirmed: CalendarDate?

    public init(today: CalendarDate, product: String? = nil, seats: Int? = nil, renewal: CalendarDate? = nil,
                billing: BillingFrequency? = nil, termMonths: Int? = nil, renewalTermMonths: Int? = nil,
                noticeDays: Int? = nil, noticeMonths: Int? = nil, autoRenew: Bool? = nil, periodEnd: PeriodEnd? = nil,
                trial: Bool = false, salesAssisted: Bool = false, immediate: Bool = false,
                channel: Channel? = nil, contact: String? = nil, noticeSent: CalendarDate? = nil, confirmed: CalendarDate? = nil) {
        self.today = today
        self.product = product
        self.seats = seats
        self.renewal = renewal
        self.billing = billing
        self.termMonths = termMonths
        self.renewalTermMonths = renewalTermMonths
        self.noticeDays = noticeDays
        self.noticeMonths = noticeMonths
        self.autoRenew = autoRenew
        self.periodEnd = periodEnd
        self.trial = trial
        self.salesAssisted = salesAssisted
        self.immediate = immediate
        self.channel = channel
        self.contact = contact
        self.noticeSent = noticeSent
        self.confirmed = confirmed
    }

    /// True when `fact` has been given.
    public func isKnown(_ fact: Fact) -> Bool {
        rawValue(of: fact) != nil
    }

    /// The facts given, in ``Fact`` order.
    public var givenFacts: [Fact] {
        Fact.allCases.filter(isKnown)
    }

    /// The commitment length: the one given, else one billing period.
    public var commitmentMonths: Int? {
        termMonths ?? billing?.defaultTermMonths
    }

    /// The contract's own notice period, when it gives one.
    public var contractNotice: NoticeRule? {
        if let noticeDays { return .daysBefore(noticeDays) }
        if let noticeMonths { return .monthsBefore(noticeMonths) }
        return nil
    }

    /// The value of `fact` as the command line would spell it, or nil.
    public func rawValue(of fact: Fact) -> String? {
        switch fact {
        case .product: return product
        case .seats: return seats.map(String.init)
        case .renewal: return renewal?.description
        case .billing: return billing?.rawValue
        case .termMonths: return termMonths.map(String.init)
        case .renewalTermMonths: return renewalTermMonths.map(String.init)
        case .noticeDays: return noticeDays.map(String.init)
        case .noticeMonths: return noticeMonths.map(String.init)
        case .autoRenew: return autoRenew.map { $0 ? "yes" : "no" }
        case .periodEnd: return periodEnd?.rawValue
        case .trial: return trial ? "true" : nil
        case .salesAssisted: return salesAssisted ? "true" : nil
        case .immediate: return immediate ? "true" : nil
        case .channel: return channel?.rawValue
        case .contact: return contact
        case .noticeSent: return noticeSent?.description
        case .confirmed: return confirmed?.description
        }
    }
}
