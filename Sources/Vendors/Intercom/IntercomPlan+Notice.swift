import CancelCore

extension IntercomPlan {
    /// Annual contracts write to the billing team; monthly plans click
    /// through Settings > Subscription.
    public func notice(_ details: NoticeDetails) -> Notice {
        guard channel == .email else { return Notice.standard(for: self, details: details) }
        let c = NoticeContext(plan: self, details: details)
        let notice: LocalizedText = facts.noticeDays.map { days in
            let lastDay = c.noticeDeadline.map {
                LocalizedText(en: " (the last day is ", fr: " (le dernier jour est le ") + $0.localized + LocalizedText(verbatim: ")")
            } ?? LocalizedText(verbatim: "")
            return LocalizedText(en: "Our agreement requires \(days) days’ notice; this request reaches you in time",
                                 fr: "Notre contrat prévoit un préavis de \(days) jours ; cette demande vous parvient dans les délais")
                + lastDay + LocalizedText(verbatim: ".")
        } ?? LocalizedText(en: "Please tell us the notice period and cancellation window of our agreement, and any fee that applies.",
                           fr: "Merci de nous indiquer le préavis et la fenêtre d’annulation prévus par notre contrat, ainsi que les frais éventuels.")
        return Notice(
            kind: .letter,
            recipient: LocalizedText(verbatim: IntercomPolicy.billingEmail),
            subject: LocalizedText(en: "Cancellation of our annual Intercom contract – workspace ", fr: "Résiliation de notre contrat annuel Intercom – espace de travail ")
                + c.account + LocalizedText(verbatim: " – ") + c.company,
            paragraphs: [
                c.date,
                LocalizedText(en: "Hello Intercom billing team,", fr: "Bonjour l’équipe de facturation Intercom,"),
                LocalizedText(en: "We, ", fr: "Par la présente, ")
                    + c.company + LocalizedText(en: " (workspace ", fr: " (espace de travail ") + c.account + LocalizedText(verbatim: ")")
                    + LocalizedText(en: ", cancel our annual Intercom contract so that it does not renew on ",
                                    fr: " résilie son contrat annuel Intercom afin qu’il ne soit pas renouvelé le ")
                    + c.renewal + LocalizedText(en: ". We cannot cancel it from Settings > Subscription.", fr: ". Nous ne pouvons pas le résilier depuis Paramètres > Subscription."),
                notice,
                LocalizedText(en: "Please end the contract on ", fr: "Merci de mettre fin au contrat le ") + c.end
                    + LocalizedText(en: " and confirm in writing the cancellation, the end date, any fee, and how long our conversation data stays available for export.",
                                    fr: " et de confirmer par écrit la résiliation, la date de fin, les frais éventuels, et combien de temps nos données de conversation restent exportables."),
                c.signature,
            ],
            citation: IntercomSource.troubleshooting)
    }
}
