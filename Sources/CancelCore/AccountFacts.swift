/// What the user knows about one account, already checked. Every fact but
/// `today` may be unknown: a plan lists what it misses instead of guessing.
public struct AccountFacts: Hashable, Sendable {
    public static let seatRange = 1...100_000
    public static let termMonthsRange = 1...120
    public static let noticeDaysRange = 1...730

    public var today: CalendarDate
    /// A product id of the vendor; nil means the vendor's default product.
    public var product: String?
    public var seats: Int?
    /// The day the current period or commitment ends and would auto-renew.
    public var renewal: CalendarDate?
    public var billing: BillingFrequency?
    public var termMonths: Int?
    public var noticeDays: Int?
    public var trial: Bool
    public var salesAssisted: Bool
    public var immediate: Bool

    public init(today: CalendarDate, product: String? = nil, seats: Int? = nil, renewal: CalendarDate? = nil,
                billing: BillingFrequency? = nil, termMonths: Int? = nil, noticeDays: Int? = nil,
                trial: Bool = false, salesAssisted: Bool = false, immediate: Bool = false) {
        self.today = today
        self.product = product
        self.seats = seats
        self.renewal = renewal
        self.billing = billing
        self.termMonths = termMonths
        self.noticeDays = noticeDays
        self.trial = trial
        self.salesAssisted = salesAssisted
        self.immediate = immediate
    }

    /// True when `fact` has been given.
    public func isKnown(_ fact: Fact) -> Bool {
        switch fact {
        case .product: return product != nil
        case .seats: return seats != nil
        case .renewal: return renewal != nil
        case .billing: return billing != nil
        case .termMonths: return termMonths != nil
        case .noticeDays: return noticeDays != nil
        case .trial: return trial
        case .salesAssisted: return salesAssisted
        case .immediate: return immediate
        }
    }

    /// The commitment length: the one given, else one billing period.
    public var commitmentMonths: Int? {
        termMonths ?? billing?.defaultTermMonths
    }

    /// The value of `fact` as the command line would spell it, or nil.
    public func rawValue(of fact: Fact) -> String? {
        switch fact {
        case .product: return product
        case .seats: return seats.map(String.init)
        case .renewal: return renewal?.description
        case .billing: return billing?.rawValue
        case .termMonths: return termMonths.map(String.init)
        case .noticeDays: return noticeDays.map(String.init)
        case .trial: return trial ? "true" : nil
        case .salesAssisted: return salesAssisted ? "true" : nil
        case .immediate: return immediate ? "true" : nil
        }
    }
}
