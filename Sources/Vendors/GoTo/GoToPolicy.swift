import CancelCore

/// GoTo: cancelling turns auto-renewal off through a support call; the
/// plan stays active, and billed, until the end of its term.
public struct GoToPolicy: VendorPolicy {
    static let webinar = Product(id: "webinar", name: LocalizedText(verbatim: "GoTo Webinar"))
    static let connect = Product(id: "connect", name: LocalizedText(verbatim: "GoTo Connect"))

    /// GoTo Connect on a set-term contract: the call must come this many
    /// days before the renewal date.
    static let connectNoticeDays = 30

    public init() {}

    public func plan(for facts: AccountFacts) -> GoToPlan {
        GoToPlan(facts: facts)
    }

    public static let description = VendorDescription(
        id: "goto",
        name: "GoTo",
        aliases: ["GoTo Webinar", "GoToWebinar", "GoTo Connect", "GoToConnect"], domains: ["goto.com", "gotowebinar.com", "gotoconnect.com"],
        products: [webinar, connect],
        facts: [
            FactUse(.product, whereToFind: LocalizedText(en: "GoTo Admin: your product subscriptions",
                                                        fr: "GoTo Admin : vos abonnements aux produits"), citation: GoToSource.faq),
            FactUse(.salesAssisted, whereToFind: LocalizedText(en: "whether you bought the plan through a GoTo sales representative",
                                                              fr: "si vous avez acheté le plan auprès d’un représentant GoTo"), citation: GoToSource.contactSupport),
            FactUse(.renewal, whereToFind: LocalizedText(en: "your contract’s end date, or the end of the current month for monthly plans",
                                                        fr: "la date de fin de votre contrat, ou la fin du mois en cours pour un abonnement mensuel"), citation: GoToSource.beforeCancelling),
            FactUse(.billing, whereToFind: LocalizedText(en: "whether you have a fixed-term contract or a month-to-month agreement",
                                                        fr: "si vous avez un contrat à durée déterminée ou un accord au mois"), citation: GoToSource.beforeCancelling),
            FactUse(.termMonths, whereToFind: LocalizedText(en: "your fixed-term contract (e.g. 15 months)",
                                                           fr: "votre contrat à durée déterminée (p. ex. 15 mois)"), citation: GoToSource.faq),
            FactUse(.noticeDays, whereToFind: LocalizedText(en: "your contract’s cancellation terms, if they set a notice period",
                                                           fr: "les conditions d’annulation de votre contrat, si elles fixent un préavis"), citation: GoToSource.beforeCancelling),
        ],
        sources: [GoToSource.article, GoToSource.connectArticle, GoToSource.trainingArticle],
        rules: [
            PolicyRule(id: "turns-off-auto-renewal", LocalizedText(
                en: "Cancelling turns auto-renewal off: the plan does not renew at the end of its term and stays active until its end date.",
                fr: "Annuler désactive le renouvellement automatique : le plan ne se renouvelle pas à la fin de sa période et reste actif jusqu’à sa date de fin."),
                citation: GoToSource.autoRenewal),
            PolicyRule(id: "support-only", LocalizedText(
                en: "To cancel, contact support with the “Contact support” button beside the article (no public address of the form exists).",
                fr: "Pour annuler, contactez l’assistance avec le bouton « Contact support » à droite de l’article (aucune adresse publique du formulaire n’existe)."),
                citation: GoToSource.contactSupport),
            PolicyRule(id: "roles-by-plan", LocalizedText(
                en: "GoTo Connect: super administrator. Bought through a representative: product administrator or authorised billing contact. All other plans: super administrator or billing administrator.",
                fr: "GoTo Connect : super-administrateur. Achat avec un représentant : administrateur de produit ou contact de facturation autorisé. Tous les autres plans : super-administrateur ou administrateur de facturation."),
                citation: GoToSource.contactSupport),
            PolicyRule(id: "prepare-call", LocalizedText(
                en: "Before calling, have: the account, the billing administrator’s email, the last four digits and billing address of the payment method, and the products to cancel.",
                fr: "Avant d’appeler, préparez : le compte, l’e-mail de l’administrateur de facturation, les quatre derniers chiffres et l’adresse de facturation du moyen de paiement, et les produits à annuler."),
                citation: GoToSource.contactSupport),
            PolicyRule(id: "before-cancelling", LocalizedText(
                en: "Before cancelling: no balance left on the account, check fixed-term contract terms and end date, unassign user licences, back up or transfer data.",
                fr: "Avant d’annuler : aucun solde sur le compte, vérifier les conditions et la date de fin d’un contrat à durée déterminée, désattribuer les licences, sauvegarder ou transférer les données."),
                citation: GoToSource.beforeCancelling),
            PolicyRule(id: "billing-after-cancelling", LocalizedText(
                en: "Monthly: the whole month is billed and the plan runs to the month’s end. Fixed term: the remaining months are billed and the contract runs to its original end date.",
                fr: "Mensuel : le mois entier est facturé et le plan court jusqu’à la fin du mois. Durée déterminée : les mois restants sont facturés et le contrat court jusqu’à sa date de fin initiale."),
                citation: GoToSource.faq),
            PolicyRule(id: "connect-set-term-thirty-days", LocalizedText(
                en: "GoTo Connect on a set-term contract (longer than a month: --term-months above 1, or annual billing): call support at least 30 days before the renewal date, or another term is charged.",
                fr: "GoTo Connect avec un contrat à durée déterminée (plus d’un mois : --term-months au-delà de 1, ou facturation annuelle) : appelez l’assistance au moins 30 jours avant la date de renouvellement, sinon une nouvelle période est facturée."),
                citation: GoToSource.connectSetTerm),
            PolicyRule(id: "connect-number-transfers", LocalizedText(
                en: "GoTo Connect: phone number transfers take 2 to 18 business days and the account must stay active until they complete.",
                fr: "GoTo Connect : les transferts de numéros prennent de 2 à 18 jours ouvrables et le compte doit rester actif jusqu’à leur fin."),
                citation: GoToSource.connectPorting),
            PolicyRule(id: "connect-super-admin", LocalizedText(
                en: "GoTo Connect: a super administrator cancels; have the account ID and the billing administrator’s details ready.",
                fr: "GoTo Connect : un super-administrateur résilie ; préparez l’identifiant du compte et les coordonnées de l’administrateur de facturation."),
                citation: GoToSource.connectRoles),
            PolicyRule(id: "online-in-admin-for-some", LocalizedText(
                en: "GoTo lists GoTo Webinar (with Meeting, Training, OpenVoice, GoToAssist Remote Support) among products cancelled online in GoTo Admin > Billing; plans keep the support call, which always works, and say so.",
                fr: "GoTo cite GoTo Webinar (avec Meeting, Training, OpenVoice, GoToAssist Remote Support) parmi les produits résiliables en ligne dans GoTo Admin > Billing ; les plans gardent l’appel à l’assistance, qui marche toujours, et le signalent."),
                citation: GoToSource.onlineInAdmin),
            PolicyRule(id: "confirm-in-admin", LocalizedText(
                en: "Cancelled products appear in GoTo Admin under “Discover other GoTo products”.",
                fr: "Les produits annulés apparaissent dans GoTo Admin sous « Découvrir d’autres produits GoTo »."),
                citation: GoToSource.faq),
        ],
        examples: GoToPolicy.examples)
}
