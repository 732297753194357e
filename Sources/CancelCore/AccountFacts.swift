/// What the user knows about one account, already checked. Every fact but
/// `today` may be unknown: a plan lists what it misses instead of guessing.
///
/// Copied as plain bytes: a portfolio parses facts, and a plan keeps them,
/// for each of a million rows, and two `String` fields made every copy
/// retain and release them. A product id (at most 15 bytes, as every
/// vendor's are) is kept inline (``ShortText``); longer text, and the
/// contact, which only a vendor cancelctl has no rules for reads, are kept
/// in ``FactTexts``, allocated only when given.
public struct AccountFacts: Hashable, Sendable {
    public static let seatRange = 1...100_000
    public static let termMonthsRange = 1...120
    public static let noticeDaysRange = 1...730
    public static let noticeMonthsRange = 1...24
    public static let contactLengthLimit = 200

    /// Every fact but the free text, as plain bytes (see ``FactValues``).
    @usableFromInline var values: FactValues

    @inlinable public var today: CalendarDate {
        get { values.today }
        set { values.today = newValue }
    }
    @inlinable public var seats: Int? {
        get { values.seats }
        set { values.seats = newValue }
    }
    /// The day the current period or commitment ends and would auto-renew.
    @inlinable public var renewal: CalendarDate? {
        get { values.renewal }
        set { values.renewal = newValue }
    }
    @inlinable public var billing: BillingFrequency? {
        get { values.billing }
        set { values.billing = newValue }
    }
    /// The current commitment, in months.
    @inlinable public var termMonths: Int? {
        get { values.termMonths }
        set { values.termMonths = newValue }
    }
    /// Each renewal after the current term, when it differs from it.
    @inlinable public var renewalTermMonths: Int? {
        get { values.renewalTermMonths }
        set { values.renewalTermMonths = newValue }
    }
    /// The contract's notice period in days (never given with months).
    @inlinable public var noticeDays: Int? {
        get { values.noticeDays }
        set { values.noticeDays = newValue }
    }
    /// The contract's notice period in months (never given with days).
    @inlinable public var noticeMonths: Int? {
        get { values.noticeMonths }
        set { values.noticeMonths = newValue }
    }
    /// Whether the contract renews by itself; nil when not given.
    @inlinable public var autoRenew: Bool? {
        get { values.autoRenew }
        set { values.autoRenew = newValue }
    }
    /// A rolling contract that ends only on a calendar boundary.
    @inlinable public var periodEnd: PeriodEnd? {
        get { values.periodEnd }
        set { values.periodEnd = newValue }
    }
    @inlinable public var trial: Bool {
        get { values.trial }
        set { values.trial = newValue }
    }
    @inlinable public var salesAssisted: Bool {
        get { values.salesAssisted }
        set { values.salesAssisted = newValue }
    }
    @inlinable public var immediate: Bool {
        get { values.immediate }
        set { values.immediate = newValue }
    }
    /// How an unlisted vendor takes cancellations.
    @inlinable public var channel: Channel? {
        get { values.channel }
        set { values.channel = newValue }
    }
    /// The day the cancellation notice was sent, not after `today`.
    @inlinable public var noticeSent: CalendarDate? {
        get { values.noticeSent }
        set { values.noticeSent = newValue }
    }
    /// The day the vendor confirmed the cancellation, not after `today`.
    @inlinable public var confirmed: CalendarDate? {
        get { values.confirmed }
        set { values.confirmed = newValue }
    }
    /// ``product`` when longer, and ``contact``; nil when neither is given.
    @usableFromInline var texts: FactTexts?

    /// A product id of the vendor; nil means the vendor's default product.
    @inlinable
    public var product: String? {
        get { values.shortProduct?.string ?? texts?.product }
        set {
            values.shortProduct = newValue.flatMap(ShortText.init)
            let long = values.shortProduct == nil ? newValue : nil
            if long != texts?.product { texts = FactTexts.make(product: long, contact: contact) }
        }
    }

    /// Where to reach an unlisted vendor; untrusted text.
    @inlinable
    public var contact: String? {
        get { texts?.contact }
        set { if newValue != contact { texts = FactTexts.make(product: texts?.product, contact: newValue) } }
    }

    /// Sets ``product`` from its UTF-8 bytes (valid UTF-8), with no
    /// `String` when they fit inline: a cell that spells a listed product id.
    mutating func setProduct(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if let short = ShortText(bytes) {
            values.shortProduct = short
            if texts?.product != nil { texts = FactTexts.make(product: nil, contact: contact) }
        } else {
            product = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// True when ``product`` is `id`, compared in place.
    @inlinable
    public func productIs(_ id: String) -> Bool {
        if let short = values.shortProduct { return short.equals(id) }
        return texts?.product == id
    }

    /// True when a product is given.
    @inlinable
    public var hasProduct: Bool { values.shortProduct != nil || texts?.product != nil }

    /// Facts with nothing given but the day: where a parser starts.
    @inlinable
    public init(today: CalendarDate) {
        values = FactValues(today: today)
    }

    public init(today: CalendarDate, product: String? = nil, seats: Int? = nil, renewal: CalendarDate? = nil,
                billing: BillingFrequency? = nil, termMonths: Int? = nil, renewalTermMonths: Int? = nil,
                noticeDays: Int? = nil, noticeMonths: Int? = nil, autoRenew: Bool? = nil, periodEnd: PeriodEnd? = nil,
                trial: Bool = false, salesAssisted: Bool = false, immediate: Bool = false,
                channel: Channel? = nil, contact: String? = nil, noticeSent: CalendarDate? = nil, confirmed: CalendarDate? = nil) {
        values = FactValues(today: today)
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
        self.noticeSent = noticeSent
        self.confirmed = confirmed
        self.product = product
        self.contact = contact
    }

    // The text box is compared and hashed by its contents, not its identity.
    public static func == (a: AccountFacts, b: AccountFacts) -> Bool {
        a.values == b.values && a.texts?.product == b.texts?.product && a.contact == b.contact
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(values)
        hasher.combine(texts?.product)
        hasher.combine(contact)
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
    @inlinable
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
