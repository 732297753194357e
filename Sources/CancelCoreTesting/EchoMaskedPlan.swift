import CancelCore

/// A plan seen without the fields a report merely echoes from the facts
/// (`product`, `renewalDate`, `termMonths`), so comparing two reports shows
/// whether the vendor's own answer changed, not whether the input did.
struct EchoMaskedPlan<Base: CancellationPlan>: CancellationPlan {
    let base: Base

    var vendor: VendorDescription { base.vendor }
    var facts: AccountFacts { AccountFacts(today: base.facts.today) }
    var product: Product? { nil }
    var channel: Channel { base.channel }
    var contact: LocalizedText? { base.contact }
    var requiredRoles: [Role] { base.requiredRoles }
    var schedule: RenewalSchedule? { base.schedule }
    var effectiveEndDate: CalendarDate? { base.effectiveEndDate }
    var steps: [Step] { base.steps }
    var preparations: [Preparation] { base.preparations }
    var stillBilled: [CitedText] { base.stillBilled }
    var refund: Refund { base.refund }
    var consequences: [CitedText] { base.consequences }
    var missingFacts: FactList { base.missingFacts }
    var warnings: [Warning] { base.warnings }
    var extraTimeline: [TimelineEntry] { base.extraTimeline }
    var timeline: [TimelineEntry] { base.timeline }
    var deadlineRule: LocalizedText? { base.deadlineRule }
    var isKnownVendor: Bool { base.isKnownVendor }
    var readFacts: Set<Fact> { base.readFacts }
}

extension CancellationPlan {
    /// The report in both languages without echoed facts.
    var maskedReports: [PlanReport] {
        let masked = EchoMaskedPlan(base: self)
        return [masked.report(in: .en), masked.report(in: .fr)]
    }
}
