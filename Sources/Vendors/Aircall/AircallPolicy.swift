import CancelCore

/// Aircall: up to 10 seats cancel themselves in the Dashboard; above 10, a
/// written notice must reach Customer Success 30 days before renewal.
public struct AircallPolicy: VendorPolicy {
    /// Accounts above this many seats need the 30-day written notice.
    static let selfServiceSeatLimit = 10
    static let noticeDays = 30
    static let customerSuccessEmail = "customersuccess@aircall.io"
    /// Where a written request goes: the account's Customer Success Manager,
    /// or the address Aircall's English article gives.
    static let customerSuccess = LocalizedText(
        en: "your Customer Success Manager if you have one, otherwise customersuccess@aircall.io",
        fr: "votre Customer Success Manager si vous en avez un, sinon customersuccess@aircall.io")

    public init() {}

    public func plan(for facts: AccountFacts) -> AircallPlan {
        AircallPlan(facts: facts)
    }

    public static let description = VendorDescription(
        id: "aircall",
        name: "Aircall",
        aliases: ["Aircall.io"], domains: ["aircall.io"],
        products: [Product(id: "phone", name: LocalizedText(en: "Aircall phone system", fr: "Téléphonie Aircall"))],
        facts: [
            FactUse(.seats, whereToFind: LocalizedText(
                en: "Aircall Dashboard > Plan tab, column “Included in plan”",
                fr: "Tableau de bord Aircall > onglet Plan, colonne « Inclus dans le plan »"), citation: AircallSource.howToCancel),
            FactUse(.renewal, whereToFind: LocalizedText(
                en: "Aircall Dashboard > Plan tab > Overview section (owners only)",
                fr: "Tableau de bord Aircall > onglet Plan > section Aperçu (propriétaires uniquement)"), citation: AircallSource.findRenewal),
            FactUse(.billing, whereToFind: LocalizedText(
                en: "your Aircall invoices or initial contract",
                fr: "vos factures Aircall ou votre contrat initial"), citation: AircallSource.billingTerms),
            FactUse(.termMonths, whereToFind: LocalizedText(
                en: "your initial contract; if you cannot find it, ask Aircall Customer Success",
                fr: "votre contrat initial ; si vous ne le retrouvez pas, contactez le Customer Success d’Aircall"), citation: AircallSource.billingTerms),
            FactUse(.trial, whereToFind: LocalizedText(
                en: "whether you have subscribed to a paid plan yet",
                fr: "si vous avez déjà souscrit un plan payant"), citation: AircallSource.faq),
            FactUse(.salesAssisted, whereToFind: LocalizedText(
                en: "whether you signed up with the help of Aircall’s sales team",
                fr: "si vous vous êtes inscrit avec l’aide de l’équipe commerciale d’Aircall"), citation: AircallSource.selfService),
        ],
        sources: AircallSource.all,
        rules: AircallPolicy.rules,
        examples: AircallPolicy.examples)

    static let rules: [PolicyRule] = [
        PolicyRule(id: "seat-threshold", LocalizedText(
            en: "1 to 10 seats: no 30-day notice; cancel yourself in the Aircall Dashboard, scheduled for the end of the current billing period. More than 10 seats: a 30-day written notice by email to Customer Success.",
            fr: "1 à 10 sièges : pas de préavis de 30 jours ; annulation vous-même dans le Tableau de bord, programmée à la fin de la période de facturation. Plus de 10 sièges : préavis écrit de 30 jours par e-mail au Customer Success."),
            citation: AircallSource.noticeRequirement),
        PolicyRule(id: "written-notice", LocalizedText(
            en: "Above 10 seats, every cancellation request must be in writing and reach Aircall at least 30 days before the renewal date.",
            fr: "Au-delà de 10 sièges, toute demande d’annulation doit être écrite et parvenir au moins 30 jours avant la date de renouvellement."),
            citation: AircallSource.moreThanTen),
        PolicyRule(id: "owner-only", LocalizedText(
            en: "Only users with Owner permissions see the renewal date and the cancel button.",
            fr: "Seuls les utilisateurs Propriétaires voient la date de renouvellement et le bouton d’annulation."),
            citation: AircallSource.selfService),
        PolicyRule(id: "renewal-date", LocalizedText(
            en: "The renewal date is in the Aircall Dashboard > Plan tab > Overview.",
            fr: "La date de renouvellement est dans le Tableau de bord Aircall > onglet Plan > Aperçu."),
            citation: AircallSource.findRenewal),
        PolicyRule(id: "port-numbers-first", LocalizedText(
            en: "Port the numbers you keep before cancelling: it can take several weeks and the account must stay active until porting completes.",
            fr: "Transférez les numéros à conserver avant d’annuler : cela peut prendre plusieurs semaines et le compte doit rester actif jusqu’à la fin de la portabilité."),
            citation: AircallSource.beforeCancelling),
        PolicyRule(id: "data-exports", LocalizedText(
            en: "Historical data (call logs, voicemails, recordings) is requested via Help Center > Contact us > Technical and product support > Submit data requests.",
            fr: "Les données historiques (journaux d’appels, messages vocaux, enregistrements) se demandent via Centre d’aide > Contactez-nous > Support technique et produit > Soumettre des demandes de données."),
            citation: AircallSource.beforeCancelling),
        PolicyRule(id: "commitment-ends-service", LocalizedText(
            en: "Billing frequency and commitment may differ; the subscription ends when the commitment ends (billed monthly, committed for a year: it ends after the year).",
            fr: "La fréquence de facturation et l’engagement peuvent différer ; l’abonnement prend fin à l’échéance de l’engagement (facturé mensuellement, engagé un an : fin après l’année)."),
            citation: AircallSource.billingTerms),
        PolicyRule(id: "late-request-renews", LocalizedText(
            en: "A request received less than 30 days before renewal (accounts above the seat limit) renews the contract automatically, with a new invoice.",
            fr: "Une demande reçue moins de 30 jours avant le renouvellement (comptes au-delà du seuil) renouvelle automatiquement le contrat, avec une nouvelle facture."),
            citation: AircallSource.billedAfter),
        PolicyRule(id: "final-usage-invoice", LocalizedText(
            en: "Even when cancelled on time, a final invoice may cover SMS, international calls or overages, extra licences or numbers, and add-ons such as Analytics+, Surveys or AI Assist.",
            fr: "Même annulé à temps, une facture finale peut couvrir SMS, appels internationaux ou dépassements, licences ou numéros supplémentaires, et modules comme Analytics+, Surveys ou AI Assist."),
            citation: AircallSource.billedAfter),
        PolicyRule(id: "no-refund", LocalizedText(
            en: "No refunds: you are committed for the period in your signed contract, including multi-year plans.",
            fr: "Pas de remboursement : vous êtes engagé pour la période du contrat signé, y compris les plans pluriannuels."),
            citation: AircallSource.faq),
        PolicyRule(id: "no-pause", LocalizedText(
            en: "There is no pause option; Aircall can connect you with an account manager to discuss options.",
            fr: "Il n’y a pas d’option pause ; Aircall peut vous mettre en relation avec un gestionnaire de compte."),
            citation: AircallSource.faq),
        PolicyRule(id: "general-terms-written-notice", LocalizedText(
            en: "Aircall’s general terms (clause 13.1.b): a cancellation request must reach Aircall in writing at least 30 days before the end of the plan.",
            fr: "Conditions générales d’Aircall (clause 13.1.b) : une demande d’annulation doit parvenir par écrit à Aircall au moins 30 jours avant la fin du plan."),
            citation: AircallSource.generalTerms),
        PolicyRule(id: "customer-success-address", LocalizedText(
            en: "Above 10 users: write to your Customer Success Manager if you have one, otherwise to customersuccess@aircall.io.",
            fr: "Au-delà de 10 utilisateurs : écrivez à votre Customer Success Manager si vous en avez un, sinon à customersuccess@aircall.io."),
            citation: AircallSource.moreThanTenUsers),
        PolicyRule(id: "late-request-any-route", LocalizedText(
            en: "A request that arrives less than 30 days before the renewal date, by ticket, email or the Dashboard button, renews the contract; annual plans and monthly billing on an annual commitment owe the rest of the year. This plan therefore sets the 30-day deadline for self-service accounts too.",
            fr: "Une demande qui arrive moins de 30 jours avant la date de renouvellement, par ticket, e-mail ou le bouton du Tableau de bord, renouvelle le contrat ; les plans annuels et la facturation mensuelle sur engagement annuel doivent le reste de l’année. Ce plan fixe donc aussi la date limite de 30 jours pour les comptes en libre-service."),
            citation: AircallSource.lateRequest),
        PolicyRule(id: "renewal-extends-contract", LocalizedText(
            en: "A renewal creates no new contract: the original one extends into each renewal period on the same terms, so a missed deadline rolls the commitment by its original length.",
            fr: "Un renouvellement ne crée pas de nouveau contrat : le contrat initial se prolonge à chaque période aux mêmes conditions, donc une date limite manquée reconduit l’engagement pour sa durée initiale."),
            citation: AircallSource.renewalExtends),
        PolicyRule(id: "account-management-contact", LocalizedText(
            en: "Plans with 10 or more users have a dedicated Customer Success Manager; without one, use Help Centre > Contact Us > “Account management, plan changes & Customer Success consultation”.",
            fr: "Les plans de 10 utilisateurs ou plus ont un Customer Success Manager dédié ; sans lui, passez par Centre d’aide > Contactez-nous > « Account management, plan changes & Customer Success consultation »."),
            citation: AircallSource.contactUs),
        PolicyRule(id: "trial-ends-itself", LocalizedText(
            en: "A free trial ends by itself, with no commitment, as long as you do not subscribe to a paid plan.",
            fr: "Un essai gratuit prend fin de lui-même, sans engagement, tant que vous ne souscrivez pas de plan payant."),
            citation: AircallSource.faq),
    ]
}
