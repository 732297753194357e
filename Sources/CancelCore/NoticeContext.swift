/// The facts a notice names, each as text ready to drop into a sentence:
/// the value when known, its placeholder otherwise. Vendors build their
/// wording from it so every notice fills gaps the same way.
public struct NoticeContext: Sendable {
    public let details: NoticeDetails
    public let vendorName: String
    public let productName: LocalizedText?
    public let today: CalendarDate
    /// The renewal in effect (after rolling missed terms), when known.
    public let renewalDate: CalendarDate?
    /// The day the service should end, when known.
    public let endDate: CalendarDate?
    public let noticeDeadline: CalendarDate?

    public init(plan: some CancellationPlan, details: NoticeDetails) {
        self.details = details
        vendorName = plan.vendor.name
        productName = plan.product?.name
        today = plan.facts.today
        renewalDate = plan.schedule?.renewal
        endDate = plan.effectiveEndDate
        noticeDeadline = plan.noticeDeadline
    }

    public var company: LocalizedText { NoticeContext.value(details.company, or: .company) }
    public var account: LocalizedText { NoticeContext.value(details.account, or: .account) }
    public var signer: LocalizedText { NoticeContext.value(details.signer, or: .signer) }
    /// Today, written out: the date of the notice.
    public var date: LocalizedText { today.localized }
    public var renewal: LocalizedText { renewalDate?.localized ?? NoticePlaceholder.renewalDate.token }
    public var end: LocalizedText { endDate?.localized ?? NoticePlaceholder.endDate.token }

    /// The closing lines: signer, then company.
    public var signature: LocalizedText {
        LocalizedText(en: "Kind regards,\n", fr: "Cordialement,\n") + signer + LocalizedText(verbatim: "\n") + company
    }

    /// "Company (account X)": how the sender names itself.
    public var sender: LocalizedText {
        company + LocalizedText(en: " (account ", fr: " (compte ") + account + LocalizedText(verbatim: ")")
    }

    static func value(_ given: String?, or placeholder: NoticePlaceholder) -> LocalizedText {
        guard let given = given?.trimmingSpaces, !given.isEmpty else { return placeholder.token }
        return LocalizedText(verbatim: given)
    }
}
