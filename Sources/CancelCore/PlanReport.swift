/// A plan flattened into one language: the stable JSON contract and the
/// input of every renderer. Keys are never translated; their order is the
/// declaration order below; absent values are explicit nulls.
public struct PlanReport: Hashable, Sendable, Codable {
    /// Bumped when a field is removed, renamed or changes meaning; adding a
    /// field does not bump it.
    public static let currentSchemaVersion = 2

    /// Where an item comes from: the id of one of `sources` and the
    /// section heading, quoted in that source's language.
    public struct Reference: Hashable, Sendable, Codable {
        public let id: String
        public let section: String

        public init(_ citation: Citation) {
            id = citation.source
            section = citation.section
        }
    }

    public struct Event: Hashable, Sendable, Codable {
        public let id: String
        public let date: CalendarDate
        public let action: String
        public let deadline: Bool
        public let daysLeft: Int
        public let source: Reference?
        /// What the entry is; renderers choose by it, never by `id`.
        public let kind: TimelineEntry.Kind

        public init(id: String, date: CalendarDate, action: String, deadline: Bool, daysLeft: Int, source: Reference?, kind: TimelineEntry.Kind) {
            self.id = id
            self.date = date
            self.action = action
            self.deadline = deadline
            self.daysLeft = daysLeft
            self.source = source
            self.kind = kind
        }
    }

    public struct StepItem: Hashable, Sendable, Codable {
        public let text: String
        public let path: [String]
        public let source: Reference
    }

    public struct PreparationItem: Hashable, Sendable, Codable {
        public let id: String
        public let text: String
        public let timing: Preparation.Timing
        public let source: Reference
    }

    public struct Statement: Hashable, Sendable, Codable {
        public let text: String
        public let source: Reference
    }

    public struct RefundItem: Hashable, Sendable, Codable {
        public let kind: Refund.Kind
        public let text: String
        public let source: Reference
    }

    public struct MissingItem: Hashable, Sendable, Codable {
        public let fact: Fact
        public let meaning: String
        public let whereToFind: String
        public let source: Reference?
    }

    public struct WarningItem: Hashable, Sendable, Codable {
        public let id: String
        public let text: String
        /// Nil for cancelctl's own reading of the contract terms.
        public let source: Reference?
    }

    /// A source a person can open: its title as written, its publisher,
    /// whether it is the vendor's own (`official`), its address and language.
    public struct SourceItem: Hashable, Sendable, Codable {
        public let id: String
        public let title: String
        public let publisher: String
        public let official: Bool
        public let url: String
        public let language: String

        public init(_ source: Source, language l: Language) {
            id = source.id
            title = source.title[l]
            publisher = source.publisher
            official = source.official
            url = source.url
            language = source.language
        }
    }

    public let schemaVersion: Int
    public let vendor: String
    public let vendorName: String
    /// False for a vendor cancelctl has no rules for: planned from the
    /// contract terms alone.
    public let knownVendor: Bool
    public let product: String?
    /// The product's name in `language`.
    public let productName: String?
    public let language: Language
    public let today: CalendarDate
    public let channel: Channel
    public let contact: String?
    public let requiredRoles: [Role]
    public let renewalDate: CalendarDate?
    /// The renewal the plan acts on: `renewalDate`, or the term it rolled
    /// to after a missed deadline. Every renderer shows this one.
    public let nextRenewalDate: CalendarDate?
    public let termMonths: Int?
    /// Months per renewal used to roll a missed deadline.
    public let renewalTermMonths: Int?
    public let autoRenew: Bool?
    public let periodEnd: PeriodEnd?
    /// The term end in effect (rolled when missed), known even when the end
    /// date is not (an unknown notice period).
    public let currentTermEnd: CalendarDate?
    public let noticeDays: Int?
    public let noticeMonths: Int?
    public let noticeSent: CalendarDate?
    public let confirmed: CalendarDate?
    public let noticeDeadline: CalendarDate?
    public let deadlineMissed: Bool
    public let missedDeadline: CalendarDate?
    public let lastDayToAct: CalendarDate?
    public let effectiveEndDate: CalendarDate?
    public let daysLeft: Int?
    public let deadlineRule: String?
    public let timeline: [Event]
    public let steps: [StepItem]
    public let beforeCancelling: [PreparationItem]
    public let stillBilled: [Statement]
    public let refund: RefundItem
    public let afterCancelling: [Statement]
    public let missingFacts: [MissingItem]
    /// Facts given that this plan does not read (also named in a warning).
    public let ignoredFacts: [Fact]
    public let warnings: [WarningItem]
    public let sources: [SourceItem]

    public init(plan: some CancellationPlan, language l: Language) {
        func ref(_ c: Citation) -> Reference { Reference(c) }
        let today = plan.facts.today
        let schedule = plan.schedule
        schemaVersion = PlanReport.currentSchemaVersion
        vendor = plan.vendor.id
        vendorName = plan.vendor.name
        knownVendor = plan.isKnownVendor
        product = plan.product?.id
        productName = plan.product?.name[l]
        language = l
        self.today = today
        channel = plan.channel
        contact = plan.contact?[l]
        requiredRoles = plan.requiredRoles
        renewalDate = plan.facts.renewal
        nextRenewalDate = schedule.map(\.renewal) ?? plan.facts.renewal
        termMonths = plan.facts.commitmentMonths
        renewalTermMonths = schedule?.termMonths
        autoRenew = plan.facts.autoRenew
        periodEnd = plan.facts.periodEnd
        currentTermEnd = schedule?.renewal
        noticeDays = schedule?.notice.days ?? (schedule == nil ? plan.facts.noticeDays : nil)
        noticeMonths = schedule?.notice.months ?? (schedule == nil ? plan.facts.noticeMonths : nil)
        noticeSent = plan.facts.noticeSent
        confirmed = plan.facts.confirmed
        noticeDeadline = schedule?.noticeDeadline
        deadlineMissed = schedule?.deadlineMissed ?? false
        missedDeadline = schedule?.missedDeadline
        lastDayToAct = schedule?.lastDayToAct
        effectiveEndDate = plan.effectiveEndDate
        daysLeft = schedule?.daysLeft
        deadlineRule = plan.deadlineRule?[l]
        timeline = plan.timeline.map {
            Event(id: $0.id, date: $0.date, action: $0.action[l], deadline: $0.isDeadline,
                  daysLeft: $0.date.days(since: today), source: $0.citation.map(ref), kind: $0.kind)
        }
        steps = plan.steps.map { StepItem(text: $0.text[l], path: $0.path.map { $0[l] }, source: ref($0.citation)) }
        beforeCancelling = plan.preparations.map {
            PreparationItem(id: $0.id, text: $0.text[l], timing: $0.timing, source: ref($0.citation))
        }
        stillBilled = plan.stillBilled.map { Statement(text: $0.text[l], source: ref($0.citation)) }
        refund = RefundItem(kind: plan.refund.kind, text: plan.refund.text[l], source: ref(plan.refund.citation))
        afterCancelling = plan.consequences.map { Statement(text: $0.text[l], source: ref($0.citation)) }
        missingFacts = plan.missingFactUses.map {
            MissingItem(fact: $0.fact, meaning: $0.fact.meaning[l], whereToFind: $0.whereToFind[l], source: $0.citation.map(ref))
        }
        ignoredFacts = plan.ignoredFacts
        warnings = plan.reportedWarnings.map { WarningItem(id: $0.id, text: $0.text[l], source: $0.citation.map(ref)) }
        sources = plan.vendor.sources.map { SourceItem($0, language: l) }
    }
}
