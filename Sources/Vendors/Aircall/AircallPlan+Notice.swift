import CancelCore

extension AircallPlan {
    /// Above 10 seats (or when the safer reading applies): the written
    /// 30-day notice to Customer Success. Otherwise the Dashboard click path.
    public func notice(_ details: NoticeDetails) -> Notice {
        guard needsWrittenNotice else { return Notice.standard(for: self, details: details) }
        let c = NoticeContext(plan: self, details: details)
        let seats: LocalizedText = facts.seats.map { LocalizedText(en: " with \($0) seats", fr: " de \($0) sièges") } ?? LocalizedText(verbatim: "")
        // The rule: the request must reach Aircall 30 days ahead. After a
        // missed deadline, the context states it with the rolled dates.
        let deadline: LocalizedText = c.deadlineStatus ?? c.noticeDeadline.map {
            LocalizedText(en: "Your terms require this written request to reach you at least \(AircallPolicy.noticeDays) days before the renewal date, that is by ",
                          fr: "Vos conditions exigent que cette demande écrite vous parvienne au moins \(AircallPolicy.noticeDays) jours avant la date de renouvellement, soit au plus tard le ")
                + $0.localized + LocalizedText(verbatim: ".")
        } ?? LocalizedText(en: "Your terms require this written request to reach you at least \(AircallPolicy.noticeDays) days before the renewal date.",
                           fr: "Vos conditions exigent que cette demande écrite vous parvienne au moins \(AircallPolicy.noticeDays) jours avant la date de renouvellement.")
        return Notice(
            kind: .letter,
            recipient: AircallPolicy.customerSuccess,
            subject: LocalizedText(en: "Written notice of cancellation – Aircall account ", fr: "Préavis écrit de résiliation – compte Aircall ")
                + c.account + LocalizedText(verbatim: " – ") + c.company,
            paragraphs: [
                c.date,
                LocalizedText(en: "Dear Customer Success team,", fr: "Madame, Monsieur,"),
                LocalizedText(en: "We, ", fr: "Par la présente, ") + c.sender
                    + LocalizedText(en: ", give you written notice that we cancel our Aircall subscription",
                                    fr: " vous notifie par écrit la résiliation de son abonnement Aircall")
                    + seats + LocalizedText(en: ". It must not renew on ", fr: ". Il ne doit pas être renouvelé le ") + c.renewal
                    + LocalizedText(verbatim: "."),
                deadline,
                LocalizedText(en: "Please end the subscription on ", fr: "Merci de mettre fin à l’abonnement le ") + c.end
                    + LocalizedText(en: ", at the end of our commitment, and confirm in writing the cancellation, the end date and the amount of any final invoice.",
                                    fr: ", au terme de notre engagement, et de confirmer par écrit la résiliation, la date de fin et le montant de toute facture finale."),
                LocalizedText(en: "We are porting the numbers we keep separately through Aircall Support; please keep the account active until porting completes.",
                              fr: "Nous transférons séparément les numéros conservés via le Support Client d’Aircall ; merci de garder le compte actif jusqu’à la fin de la portabilité."),
                c.signature,
            ],
            citation: AircallSource.moreThanTenUsers)
    }
}
