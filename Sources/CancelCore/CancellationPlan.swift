/// A vendor's answer for one account: how to cancel, by when, and what
/// happens around it.
///
/// Implementation requirements:
/// - Values only: a plan is computed from ``AccountFacts`` and holds no
///   clock, file or network access; reading any property twice gives the same
///   value.
/// - `schedule` is nil only when no date can be computed (no renewal date, or
///   a trial that ends by itself); `missingFacts` then says why.
/// - The notice deadline, when there is one, is not after the effective end
///   date; timeline entries are not before `facts.today`.
/// - Texts are ``LocalizedText``: English and French side by side.
/// - Every item cites a ``Citation`` of one of `vendor.sources`.
/// - Keep construction cheap: store what triage reads (`channel`,
///   `requiredRoles`, `schedule`, `effectiveEndDate`, `missingFacts`) and
///   make the texts (`steps`, `preparations`, `stillBilled`, `refund`,
///   `consequences`, `warnings`) computed properties. `cancelctl portfolio`
///   builds one plan per row and reads only the former; building every text
///   eagerly was most of its cost.
///
/// The timeline, the deadline rule and the report have default
/// implementations built from the other properties; override them only to
/// add vendor-specific dated actions (``extraTimeline``).
public protocol CancellationPlan: Sendable {
    var vendor: VendorDescription { get }
    var facts: AccountFacts { get }
    /// The product the plan is for (the vendor's default when none given).
    var product: Product? { get }
    var channel: Channel { get }
    /// Where to send or whom to call: an address, a portal; nil when the
    /// channel needs none.
    var contact: LocalizedText? { get }
    /// Any one of these roles may cancel.
    var requiredRoles: [Role] { get }
    var schedule: RenewalSchedule? { get }
    /// The day the service stops; the schedule's renewal unless the vendor
    /// ends it earlier (an immediate cancellation).
    var effectiveEndDate: CalendarDate? { get }
    var steps: [Step] { get }
    var preparations: [Preparation] { get }
    var stillBilled: [CitedText] { get }
    var refund: Refund { get }
    var consequences: [CitedText] { get }
    /// Facts the plan needed and was not given, in the order found.
    var missingFacts: FactList { get }
    var warnings: [Warning] { get }
    /// Vendor-specific dated actions, merged into ``timeline``.
    var extraTimeline: [TimelineEntry] { get }
    /// Dated actions from today on, in date order.
    var timeline: [TimelineEntry] { get }
    /// The convention behind the deadline, in words.
    var deadlineRule: LocalizedText? { get }
    /// False only for a subscription planned from its contract terms alone.
    var isKnownVendor: Bool { get }
    /// What a portfolio triage reads, in one value. Never written by a
    /// vendor: the default (`PlanOutline.swift`) reads the properties above.
    var outline: PlanOutline { get }
    /// Every fact this plan reads; a fact given outside it is reported in
    /// ``ignoredFacts``. The default is the vendor's declared facts plus the
    /// contract terms; a vendor narrows it per product when a product does
    /// not read a fact.
    var readFacts: Set<Fact> { get }
    /// The message this vendor's channel needs; the default fits any
    /// channel (see `CancellationPlan+Notice.swift`), a vendor overrides it
    /// with its own wording.
    func notice(_ details: NoticeDetails) -> Notice
}

extension CancellationPlan {
    /// The product named by `--product`, else the vendor's default: every
    /// vendor reads it the same way, so none has to write it.
    public var product: Product? { facts.product(in: vendor) }
    public var effectiveEndDate: CalendarDate? { schedule?.endDate }
    public var readFacts: Set<Fact> { vendor.readFacts }
    /// False only for a subscription planned from its contract terms alone.
    public var isKnownVendor: Bool { true }
    public var extraTimeline: [TimelineEntry] { [] }
    public var timeline: [TimelineEntry] { TimelineBuilder.timeline(for: self) }
    public var deadlineRule: LocalizedText? { TimelineBuilder.deadlineRule(for: self) }
    public var contact: LocalizedText? { nil }

    /// Each missing fact with where this vendor says to find it (its
    /// ``FactUse``), for reports.
    public var missingFactUses: [MissingFact] { missingFacts.map(vendor.missing) }

    public var noticeDeadline: CalendarDate? { schedule?.noticeDeadline }
    public var lastDayToAct: CalendarDate? { schedule?.lastDayToAct }
    public var deadlineMissed: Bool { schedule?.deadlineMissed ?? false }

    /// Facts the user gave that this plan does not read: never dropped
    /// silently, they are listed and named in a warning.
    public var ignoredFacts: [Fact] {
        let read = readFacts
        return facts.givenFacts.filter { !read.contains($0) }
    }

    /// Every warning of the plan: the contract engine's (precedence,
    /// assumptions, a late notice), the vendor's, and facts not read.
    public var planWarnings: [Warning] {
        var all = schedule?.warnings(vendorName: vendor.name) ?? []
        all += warnings
        all += TimelineBuilder.leadTimeWarnings(for: self)
        let ignored = ignoredFacts
        if !ignored.isEmpty {
            let flags = ignored.map { "--" + $0.rawValue }.joined(separator: ", ")
            all.append(Warning(id: "facts-ignored", LocalizedText(
                en: "Not used for \(vendor.name)\(product.map { " (" + $0.name.en + ")" } ?? ""): \(flags). These facts do not change this plan.",
                fr: "Non utilisé pour \(vendor.name)\(product.map { " (" + $0.name.fr + ")" } ?? "") : \(flags). Ces faits ne changent pas ce plan."),
                citation: nil))
        }
        return all
    }

    /// The plan as a flat, localized value for JSON and renderers.
    public func report(in language: Language) -> PlanReport {
        PlanReport(plan: self, language: language)
    }
}
