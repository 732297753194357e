/// A notice flattened into one language: the JSON contract of `notice`
/// (schema/notice.schema.json). Keys are never translated; absent values
/// are explicit nulls.
public struct NoticeReport: Hashable, Sendable, Codable {
    /// Follows the same rule as ``PlanReport/currentSchemaVersion``.
    public static let currentSchemaVersion = 1

    public struct PlaceholderItem: Hashable, Sendable, Codable {
        public let id: String
        public let token: String
        public let meaning: String
    }

    public let schemaVersion: Int
    public let vendor: String
    public let vendorName: String
    public let product: String?
    public let language: Language
    /// The date the notice is written (`--today`).
    public let date: CalendarDate
    public let kind: Notice.Kind
    public let channel: Channel
    public let recipient: String?
    public let subject: String
    public let body: String
    public let clickPath: [String]
    public let renewalDate: CalendarDate?
    public let requestedEndDate: CalendarDate?
    public let noticeDeadline: CalendarDate?
    public let placeholders: [PlaceholderItem]
    public let source: PlanReport.Reference?
    /// The plan's warnings: what the sender must know before sending, so a
    /// notice never drops what the plan says.
    public let warnings: [PlanReport.WarningItem]
    /// The vendor's sources, so `source` and the warnings can be opened.
    public let sources: [PlanReport.SourceItem]

    public init(plan: some CancellationPlan, details: NoticeDetails, language l: Language) {
        let notice = plan.notice(details)
        schemaVersion = NoticeReport.currentSchemaVersion
        vendor = plan.vendor.id
        vendorName = plan.vendor.name
        product = plan.product?.id
        language = l
        date = plan.facts.today
        kind = notice.kind
        channel = plan.channel
        recipient = notice.recipient?[l]
        subject = notice.subject[l]
        body = notice.body(in: l)
        clickPath = notice.clickPath.map { $0[l] }
        renewalDate = plan.schedule?.renewal
        requestedEndDate = plan.effectiveEndDate
        noticeDeadline = plan.noticeDeadline
        placeholders = notice.placeholders(in: l).map { PlaceholderItem(id: $0.id, token: $0.token[l], meaning: $0.meaning[l]) }
        source = notice.citation.map(PlanReport.Reference.init)
        warnings = plan.reportedWarnings.map { PlanReport.WarningItem(id: $0.id, text: $0.text[l], source: $0.citation.map(PlanReport.Reference.init)) }
        sources = plan.vendor.sources.map { PlanReport.SourceItem($0, language: l) }
    }
}
