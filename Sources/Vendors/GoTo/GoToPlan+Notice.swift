import CancelCore

extension GoToPlan {
    static let billingEmail = NoticePlaceholder(
        id: "billing-admin-email", token: LocalizedText(en: "[[BILLING ADMIN EMAIL]]", fr: "[[E-MAIL DE L’ADMINISTRATEUR DE FACTURATION]]"),
        meaning: LocalizedText(en: "the email address of the account’s billing administrator", fr: "l’adresse e-mail de l’administrateur de facturation du compte"))
    static let cardDigits = NoticePlaceholder(
        id: "card-last-four", token: LocalizedText(en: "[[CARD LAST 4 DIGITS]]", fr: "[[4 DERNIERS CHIFFRES DE LA CARTE]]"),
        meaning: LocalizedText(en: "the last four digits of the payment card on file", fr: "les quatre derniers chiffres de la carte de paiement enregistrée"))
    static let cardAddress = NoticePlaceholder(
        id: "card-billing-address", token: LocalizedText(en: "[[CARD BILLING ADDRESS]]", fr: "[[ADRESSE DE FACTURATION DE LA CARTE]]"),
        meaning: LocalizedText(en: "the billing address of the payment card on file", fr: "l’adresse de facturation de la carte de paiement enregistrée"))

    /// GoTo cancels through a support call: what to have ready, what to say.
    public func notice(_ details: NoticeDetails) -> Notice {
        let c = NoticeContext(plan: self, details: details)
        let product = c.productName ?? LocalizedText(verbatim: "GoTo")
        var roles = LocalizedText(verbatim: "")
        for (index, role) in requiredRoles.enumerated() {
            roles = roles + (index == 0 ? LocalizedText(verbatim: "") : LocalizedText(en: " or ", fr: " ou ")) + role.title
        }
        return Notice.callScript(for: self, context: c, haveReady: [
            LocalizedText(en: "the account: ", fr: "le compte : ") + c.sender,
            LocalizedText(en: "the billing administrator’s email address: ", fr: "l’adresse e-mail de l’administrateur de facturation : ") + GoToPlan.billingEmail.token,
            LocalizedText(en: "the last four digits of the card: ", fr: "les quatre derniers chiffres de la carte : ") + GoToPlan.cardDigits.token,
            LocalizedText(en: "the card’s billing address: ", fr: "l’adresse de facturation de la carte : ") + GoToPlan.cardAddress.token,
            LocalizedText(en: "the product(s) to cancel: ", fr: "le ou les produits à résilier : ") + product,
            LocalizedText(en: "a caller who is ", fr: "un interlocuteur ") + roles
                + LocalizedText(en: " on the account", fr: " sur le compte"),
        ], extraPlaceholders: [GoToPlan.billingEmail, GoToPlan.cardDigits, GoToPlan.cardAddress], citation: GoToSource.contactSupport)
    }
}
