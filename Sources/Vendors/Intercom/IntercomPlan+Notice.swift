import CancelCore

extension IntercomPlan {
    /// A contracted subscription writes to the Account Manager; plans paid
    /// online click through Billing settings.
    public func notice(_ details: NoticeDetails) -> Notice {
        guard channel == .accountManager else { return Notice.standard(for: self, details: details) }
        let c = NoticeContext(plan: self, details: details)
        let notice: LocalizedText = c.deadlineStatus ?? facts.noticeDays.map { days in
            let lastDay = c.noticeDeadline.map {
                LocalizedText(en: ", that is by ", fr: ", soit au plus tard le ") + $0.localized
            } ?? LocalizedText(verbatim: "")
            return LocalizedText(en: "Our contract requires \(days) days’ notice: this request must reach you at least \(days) days before the renewal date",
                                 fr: "Notre contrat prévoit un préavis de \(days) jours : cette demande doit vous parvenir au moins \(days) jours avant la date de renouvellement")
                + lastDay + LocalizedText(verbatim: ".")
        } ?? LocalizedText(en: "Please tell us the notice period of our contract, and any fee that applies.",
                           fr: "Merci de nous indiquer le préavis prévu par notre contrat, ainsi que les frais éventuels.")
        return Notice(
            kind: .letter,
            recipient: IntercomPolicy.accountManager,
            subject: LocalizedText(en: "Cancellation of our contracted Intercom subscription – workspace ", fr: "Résiliation de notre abonnement Intercom sous contrat – espace de travail ")
                + c.account + LocalizedText(verbatim: " – ") + c.company,
            paragraphs: [
                c.date,
                LocalizedText(en: "Hello,", fr: "Bonjour,"),
                LocalizedText(en: "We, ", fr: "Par la présente, ")
                    + c.company + LocalizedText(en: " (workspace ", fr: " (espace de travail ") + c.account + LocalizedText(verbatim: ")")
                    + LocalizedText(en: ", cancel our contracted Intercom subscription so that it does not renew on ",
                                    fr: " résilie son abonnement Intercom sous contrat afin qu’il ne soit pas renouvelé le ")
                    + c.renewal + LocalizedText(verbatim: "."),
                notice,
                LocalizedText(en: "Please end the contract on ", fr: "Merci de mettre fin au contrat le ") + c.end
                    + LocalizedText(en: " and confirm in writing the cancellation, the end date, any fee, and how our workspace data can be exported.",
                                    fr: " et de confirmer par écrit la résiliation, la date de fin, les frais éventuels, et comment exporter les données de notre espace de travail."),
                c.signature,
            ],
            citation: IntercomSource.contracted)
    }
}
