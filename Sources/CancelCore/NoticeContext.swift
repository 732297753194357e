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
    /// The renewal date the user gave (`--renewal`), before any roll.
    public let givenRenewal: CalendarDate?
    /// The plan's schedule: whether the deadline for the given date passed.
    public let schedule: RenewalSchedule?

    public init(plan: some CancellationPlan, details: NoticeDetails) {
        self.details = details
        vendorName = plan.vendor.name
        productName = plan.product?.name
        today = plan.facts.today
        renewalDate = plan.schedule?.renewal
        endDate = plan.effectiveEndDate
        noticeDeadline = plan.noticeDeadline
        givenRenewal = plan.facts.renewal
        schedule = plan.schedule
    }

    public var company: LocalizedText { NoticeContext.value(details.company, or: .company) }
    public var account: LocalizedText { NoticeContext.value(details.account, or: .account) }
    public var signer: LocalizedText { NoticeContext.value(details.signer, or: .signer) }
    /// Today, written out: the date of the notice.
    public var date: LocalizedText { today.localized }
    /// The renewal this notice stops: the rolled one when known; after a
    /// missed deadline whose term is unknown, “the next renewal date after”
    /// the given date (never a placeholder for a date that was given).
    /// Read after “on” in English and after “le” in French.
    public var renewal: LocalizedText {
        if let renewalDate { return renewalDate.localized }
        if let givenRenewal {
            return LocalizedText(en: "the next renewal date after ", fr: "jour de la prochaine échéance suivant le ") + givenRenewal.localized
        }
        return NoticePlaceholder.renewalDate.token
    }

    public var end: LocalizedText {
        if let endDate { return endDate.localized }
        if let givenRenewal, schedule?.deadlineMissed == true {
            return LocalizedText(en: "the day the term that follows ", fr: "jour où se termine la période qui suit le ") + givenRenewal.localized
                + LocalizedText(en: " ends", fr: "")
        }
        return NoticePlaceholder.endDate.token
    }

    /// When the deadline for the given renewal date has passed: one
    /// sentence saying so, with the dates it leads to; nil otherwise.
    public var deadlineStatus: LocalizedText? {
        guard let schedule, schedule.deadlineMissed, let anchorDate = schedule.anchor else { return nil }
        let anchor = anchorDate.localized
        var text = LocalizedText(en: "The deadline to stop the renewal of ", fr: "La date limite pour empêcher le renouvellement du ") + anchor
        if let missed = schedule.missedDeadline {
            text = text + LocalizedText(verbatim: " (") + missed.localized + LocalizedText(verbatim: ")")
        }
        text = text + LocalizedText(en: " has passed: the contract renews on ", fr: " est passée : le contrat est renouvelé le ") + anchor
        guard let rolled = schedule.renewal else {
            return text + LocalizedText(
                en: " for another term, whose length we do not have. Please tell us the next renewal date and end the subscription then.",
                fr: " pour une nouvelle période, dont nous n’avons pas la durée. Merci de nous indiquer la prochaine date de renouvellement et de mettre fin à l’abonnement à cette date.")
        }
        text = text + LocalizedText(en: " for another term, to ", fr: " pour une nouvelle période, jusqu’au ") + rolled.localized
            + LocalizedText(en: ". This request is for that date", fr: ". Cette demande vaut pour cette date")
        if let last = schedule.lastDayToAct, schedule.notice.days != nil {
            text = text + LocalizedText(en: "; it must reach \(vendorName) by ", fr: " ; elle doit parvenir à \(vendorName) au plus tard le ") + last.localized
        }
        return text + LocalizedText(verbatim: ".")
    }

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
