import CancelCore

/// Intercom: plans paid online (monthly or annual) cancel themselves in
/// Billing settings; a contracted subscription goes through the Account
/// Manager with the contract's notice. Intercom's own article decides; the
/// third-party guide adds what it does not contradict.
public struct IntercomPolicy: VendorPolicy {
    /// No source gives the Account Manager's address: say where to look.
    static let accountManager = LocalizedText(
        en: "your Intercom Account Manager (no source gives an address: use the one in your contract or your last emails from them)",
        fr: "votre Account Manager Intercom (aucune source ne donne d’adresse : reprenez celle de votre contrat ou de ses derniers e-mails)")

    public init() {}

    public func plan(for facts: AccountFacts) -> IntercomPlan {
        IntercomPlan(facts: facts)
    }

    public static let description = VendorDescription(
        id: "intercom",
        name: "Intercom",
        aliases: ["Intercom.io"], domains: ["intercom.com", "intercom.io"],
        products: [Product(id: "workspace", name: LocalizedText(en: "Intercom workspace", fr: "Espace de travail Intercom"))],
        facts: [
            FactUse(.salesAssisted, whereToFind: LocalizedText(
                en: "whether your subscription is under a signed contract with an Intercom Account Manager (a contracted subscription) rather than paid online",
                fr: "si votre abonnement relève d’un contrat signé avec un Account Manager Intercom (abonnement sous contrat) plutôt que payé en ligne"), citation: IntercomSource.contracted),
            FactUse(.billing, whereToFind: LocalizedText(
                en: "app.intercom.com > Billing > Billing settings: plan details",
                fr: "app.intercom.com > Billing > Billing settings : détails du plan"), citation: IntercomSource.paidOnline),
            FactUse(.renewal, whereToFind: LocalizedText(
                en: "app.intercom.com > Billing > Billing settings, or your contract",
                fr: "app.intercom.com > Billing > Billing settings, ou votre contrat"), citation: IntercomSource.paidOnline),
            FactUse(.noticeDays, whereToFind: LocalizedText(
                en: "your contract, or ask your Intercom Account Manager",
                fr: "votre contrat, ou demandez à votre Account Manager Intercom"), citation: IntercomSource.contracted),
            FactUse(.termMonths, whereToFind: LocalizedText(
                en: "your plan or contract (annual plans run for 12 months)",
                fr: "votre plan ou contrat (les plans annuels durent 12 mois)"), citation: IntercomSource.annualPlans),
        ],
        sources: [IntercomSource.official, IntercomSource.article],
        rules: [
            PolicyRule(id: "paid-online-self-cancel", LocalizedText(
                en: "Monthly and annual subscriptions paid online are cancelled by the customer in the workspace: Billing > Billing settings > Cancel subscription (older workspaces: Payment details). Access continues to the end of the current billing period, with no further bill.",
                fr: "Les abonnements mensuels et annuels payés en ligne se résilient par le client dans l’espace de travail : Billing > Billing settings > Cancel subscription (anciens espaces : Payment details). L’accès continue jusqu’à la fin de la période en cours, sans nouvelle facture."),
                citation: IntercomSource.paidOnline),
            PolicyRule(id: "annual-ends-after-twelve-months", LocalizedText(
                en: "An annual subscription can be cancelled that way at any time; it ends at the end of its 12-month period and does not renew. Annual plans are paid upfront: no prorated refund.",
                fr: "Un abonnement annuel peut être résilié ainsi à tout moment ; il prend fin au terme de ses 12 mois et n’est pas renouvelé. Les plans annuels sont payés d’avance : pas de remboursement au prorata."),
                citation: IntercomSource.annualPlans),
            PolicyRule(id: "contracted-account-manager", LocalizedText(
                en: "A contracted subscription (--sales-assisted) is cancelled through the Account Manager; its notice period is the contract’s, given with --notice-days.",
                fr: "Un abonnement sous contrat (--sales-assisted) se résilie auprès de l’Account Manager ; son préavis est celui du contrat, donné avec --notice-days."),
                citation: IntercomSource.contracted),
            PolicyRule(id: "data-kept-inaccessible", LocalizedText(
                en: "No pause. Cancelling does not delete data, but it is inaccessible until a new subscription starts; outbound messages and the Help Center pause.",
                fr: "Pas de pause. L’annulation ne supprime pas les données, mais elles sont inaccessibles jusqu’à un nouvel abonnement ; les messages sortants et le Help Center sont suspendus."),
                citation: IntercomSource.pauseAndData),
            PolicyRule(id: "owner-or-billing", LocalizedText(
                en: "Only workspace owners or users with billing permissions can manage the subscription.",
                fr: "Seuls les propriétaires de l’espace de travail ou les utilisateurs ayant les permissions de facturation peuvent gérer l’abonnement."),
                citation: IntercomSource.quickAnswer),
            PolicyRule(id: "guide-annual-via-billing", LocalizedText(
                en: "The third-party guide sends annual contracts to billing@intercom.com and says they may require notice; Intercom’s own article contradicts it, so plans follow Intercom and warn.",
                fr: "Le guide tiers envoie les contrats annuels à billing@intercom.com et dit qu’ils peuvent exiger un préavis ; l’article d’Intercom le contredit, les plans suivent donc Intercom et le signalent."),
                citation: IntercomSource.troubleshooting),
            PolicyRule(id: "remove-messenger", LocalizedText(
                en: "Cancelling does not remove the Messenger: remove the JavaScript snippet from your website and app.",
                fr: "L’annulation ne retire pas le Messenger : supprimez le snippet JavaScript de votre site et de votre application."),
                citation: IntercomSource.stepByStep),
            PolicyRule(id: "export-first", LocalizedText(
                en: "Export conversations, contacts and companies, and help-center articles before the cancellation takes effect.",
                fr: "Exportez conversations, contacts et entreprises, et articles du centre d’aide avant la prise d’effet."),
                citation: IntercomSource.beforeCancelling),
            PolicyRule(id: "what-stops", LocalizedText(
                en: "The Messenger, automated messages, chatbots and Fin AI stop; team inbox and notes become inaccessible; customers are not notified.",
                fr: "Le Messenger, les messages automatiques, les chatbots et Fin AI s’arrêtent ; la boîte de réception et les notes deviennent inaccessibles ; les clients ne sont pas prévenus."),
                citation: IntercomSource.afterCancelling),
        ],
        examples: IntercomPolicy.examples)
}
