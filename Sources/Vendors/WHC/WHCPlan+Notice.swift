import CancelCore

extension WHCPlan {
    static let invoiceNumber = NoticePlaceholder(
        id: "invoice-number", token: LocalizedText(en: "[[INVOICE NUMBER]]", fr: "[[NUMÉRO DE FACTURE]]"),
        meaning: LocalizedText(en: "the number of the WHC invoice concerned (client area > invoices)", fr: "le numéro de la facture WHC concernée (Espace Client > factures)"))

    /// WHC accepts no cancellation by email: the cancellation itself is
    /// clicked in the client area; the message is the refund request (or,
    /// for a domain, the invoice adjustment) sent afterwards, by replying to
    /// the ticket, with the invoice number.
    public func notice(_ details: NoticeDetails) -> Notice {
        let c = NoticeContext(plan: self, details: details)
        let isDomain = product?.id == "domain"
        let request: LocalizedText = isDomain
            ? LocalizedText(en: "We have turned off the auto-renewal of our domain in the client area, so that it expires on ",
                            fr: "Nous avons désactivé le renouvellement automatique de notre domaine dans l’Espace Client, afin qu’il expire le ")
                + c.end + LocalizedText(en: ". The renewal invoice ", fr: ". La facture de renouvellement ") + WHCPlan.invoiceNumber.token
                + LocalizedText(en: " is still open: please adjust or cancel it.", fr: " est toujours ouverte : merci de l’ajuster ou de l’annuler.")
            : LocalizedText(en: "We have requested the cancellation of our service in the client area (end of service: ",
                            fr: "Nous avons demandé l’annulation de notre service dans l’Espace Client (fin du service : ")
                + c.end
                + (isImmediate ? LocalizedText(verbatim: "") : LocalizedText(en: "; renewal date: ", fr: " ; date de renouvellement : ") + c.renewal)
                + LocalizedText(en: "). If we are eligible, please refund invoice ", fr: "). Si nous y sommes éligibles, merci de rembourser la facture ")
                + WHCPlan.invoiceNumber.token + LocalizedText(en: " for the period after the end of service.", fr: " pour la période suivant la fin du service.")
        return Notice(
            kind: .letter,
            recipient: LocalizedText(en: "WHC billing team: reply to the cancellation ticket, after cancelling in the client area (WHC does not accept a cancellation by email or phone)",
                                     fr: "Équipe de facturation WHC : répondez au ticket d’annulation, après l’annulation dans l’Espace Client (WHC n’accepte pas d’annulation par courriel ni par téléphone)"),
            subject: (isDomain
                ? LocalizedText(en: "Invoice adjustment after turning off domain renewal – invoice ", fr: "Ajustement de facture après désactivation du renouvellement – facture ")
                : LocalizedText(en: "Refund request after cancellation – invoice ", fr: "Demande de remboursement après annulation – facture "))
                + WHCPlan.invoiceNumber.token + LocalizedText(verbatim: " – ") + c.company,
            paragraphs: [
                c.date,
                LocalizedText(en: "Hello WHC billing team,", fr: "Bonjour l’équipe de facturation de WHC,"),
                LocalizedText(en: "Account holder: ", fr: "Titulaire du compte : ") + c.sender + LocalizedText(verbatim: "."),
                request,
                LocalizedText(en: "Please confirm the end date and the amount refunded or credited.",
                              fr: "Merci de confirmer la date de fin et le montant remboursé ou crédité."),
                c.signature,
            ],
            clickPath: Notice.clickPath(steps),
            extraPlaceholders: [WHCPlan.invoiceNumber],
            citation: WHCSource.refunds)
    }
}
