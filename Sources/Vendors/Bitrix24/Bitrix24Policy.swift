import CancelCore

/// Bitrix24: cloud plans downgrade or cancel in the portal's subscription
/// settings; on-premise licences go through the account manager or partner.
public struct Bitrix24Policy: VendorPolicy {
    static let cloud = Product(id: "cloud", name: LocalizedText(verbatim: "Bitrix24 Cloud"))
    static let onPremise = Product(id: "on-premise", name: LocalizedText(en: "Bitrix24 On-Premise (self-hosted)", fr: "Bitrix24 sur site (auto-hébergé)"))

    /// A partner purchase: tell the partner at least this many days (one
    /// week) before the expiry date.
    static let partnerNoticeDays = 7
    /// No source gives a partner's address: say where to look.
    static let partner = LocalizedText(
        en: "the Bitrix24 partner you bought from (no source gives an address: see your purchase invoice or order)",
        fr: "le partenaire Bitrix24 auprès duquel vous avez acheté (aucune source ne donne d’adresse : voyez votre facture ou bon de commande)")

    public init() {}

    public func plan(for facts: AccountFacts) -> Bitrix24Plan {
        Bitrix24Plan(facts: facts)
    }

    public static let description = VendorDescription(
        id: "bitrix24",
        name: "Bitrix24",
        aliases: ["Bitrix 24"], domains: ["bitrix24.com", "bitrix24.fr", "bitrix24.net"],
        products: [cloud, onPremise],
        facts: [
            FactUse(.product, whereToFind: LocalizedText(
                en: "cloud if you use yourcompany.bitrix24.com, on-premise if you host the licence yourself",
                fr: "cloud si vous utilisez votreentreprise.bitrix24.com, on-premise si vous hébergez la licence vous-même"), citation: Bitrix24Source.faq),
            FactUse(.salesAssisted, whereToFind: LocalizedText(
                en: "whether you bought the subscription or licence from a Bitrix24 partner rather than from Bitrix24",
                fr: "si vous avez acheté l’abonnement ou la licence auprès d’un partenaire Bitrix24 plutôt qu’auprès de Bitrix24"), citation: Bitrix24Source.partner),
            FactUse(.renewal, whereToFind: LocalizedText(
                en: "your portal: Subscription > Purchase History",
                fr: "votre portail : Abonnement > Historique des achats"), citation: Bitrix24Source.cancelSteps),
            FactUse(.billing, whereToFind: LocalizedText(
                en: "your portal: Subscription > Purchase History",
                fr: "votre portail : Abonnement > Historique des achats"), citation: Bitrix24Source.cancelSteps),
            FactUse(.termMonths, whereToFind: LocalizedText(
                en: "your subscription or licence agreement",
                fr: "votre abonnement ou contrat de licence"), citation: Bitrix24Source.faq),
            FactUse(.noticeDays, whereToFind: LocalizedText(
                en: "your on-premise licence agreement, or ask your account manager or Bitrix24 partner",
                fr: "votre contrat de licence sur site, ou demandez à votre gestionnaire de compte ou partenaire Bitrix24"), citation: Bitrix24Source.faq),
        ],
        sources: Bitrix24Source.all,
        rules: [
            PolicyRule(id: "cancel-turns-off-renewal", LocalizedText(
                en: "Cancelling means turning off automatic renewal: Subscription > Purchase History > Cancel subscription.",
                fr: "Annuler, c’est désactiver le renouvellement automatique : Abonnement > Historique des achats > Annuler l’abonnement."),
                citation: Bitrix24Source.cancelSteps),
            PolicyRule(id: "who-sees-subscription", LocalizedText(
                en: "By default only account administrators see the Subscription page; other users do if the setting that lets all users buy subscriptions is on.",
                fr: "Par défaut seuls les administrateurs du compte voient la page Abonnement ; les autres utilisateurs aussi si le réglage qui permet à tous d’acheter des abonnements est activé."),
                citation: Bitrix24Source.whoSees),
            PolicyRule(id: "partner-one-week", LocalizedText(
                en: "A subscription bought from a Bitrix24 partner (--sales-assisted) does not renew by itself: tell the partner at least one week before the expiry date.",
                fr: "Un abonnement acheté auprès d’un partenaire Bitrix24 (--sales-assisted) ne se renouvelle pas de lui-même : prévenez le partenaire au moins une semaine avant la date d’expiration."),
                citation: Bitrix24Source.partner),
            PolicyRule(id: "no-refunds", LocalizedText(
                en: "Subscriptions and licence keys are not refundable; the only partial refund is for the unused period when a cloud account migrates to an on-premise copy.",
                fr: "Les abonnements et les clés de licence ne sont pas remboursables ; le seul remboursement partiel porte sur la période non utilisée lors de la migration d’un compte cloud vers une copie sur site."),
                citation: Bitrix24Source.noRefunds),
            PolicyRule(id: "telephony-credit", LocalizedText(
                en: "Prepaid telephony credit is neither refundable nor transferable.",
                fr: "Le crédit de téléphonie prépayé n’est ni remboursable ni transférable."),
                citation: Bitrix24Source.telephonyCredit),
            PolicyRule(id: "renewal-same-period", LocalizedText(
                en: "Automatic renewal is on by default and renews for the same period as the last; a discount may apply to the first billing cycle only.",
                fr: "Le renouvellement automatique est activé par défaut et reconduit la même période que la précédente ; une remise peut ne valoir que pour le premier cycle."),
                citation: Bitrix24Source.renewal),
            PolicyRule(id: "free-plan-after", LocalizedText(
                en: "A cloud account that is not renewed returns to the free plan (5 GB of storage); above that limit, data can only be read or deleted.",
                fr: "Un compte cloud non renouvelé revient au plan gratuit (5 Go de stockage) ; au-delà, les données peuvent seulement être lues ou supprimées."),
                citation: Bitrix24Source.freePlan),
            PolicyRule(id: "on-premise-account-manager", LocalizedText(
                en: "On-premise licences are cancelled with the account manager or Bitrix24 partner (third-party guide; no source gives a notice period).",
                fr: "Les licences sur site s’annulent auprès du gestionnaire de compte ou du partenaire Bitrix24 (guide tiers ; aucune source ne donne de préavis)."),
                citation: Bitrix24Source.faq),
            PolicyRule(id: "guide-refund-disagrees", LocalizedText(
                en: "The third-party guide says annual plans may get a partial refund and gives another click path; Bitrix24’s own pages contradict it, so plans follow Bitrix24 and warn.",
                fr: "Le guide tiers dit que les plans annuels peuvent être partiellement remboursés et donne un autre chemin ; les pages de Bitrix24 le contredisent, les plans suivent donc Bitrix24 et le signalent."),
                citation: Bitrix24Source.refunds),
            PolicyRule(id: "export-first", LocalizedText(
                en: "Export CRM data, tasks, calendars and Drive files first; workflows and automations must be saved by hand.",
                fr: "Exportez d’abord CRM, tâches, calendriers et fichiers du Drive ; les workflows et automatisations se sauvegardent à la main."),
                citation: Bitrix24Source.exports),
            PolicyRule(id: "delete-portal", LocalizedText(
                en: "Deleting the portal (Settings > Account > Delete Account) is permanent and irreversible.",
                fr: "Supprimer le portail (Paramètres > Compte > Supprimer le compte) est définitif et irréversible."),
                citation: Bitrix24Source.faq),
        ],
        examples: Bitrix24Policy.examples)
}
