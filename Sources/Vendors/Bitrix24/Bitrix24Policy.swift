import CancelCore

/// Bitrix24: cloud plans downgrade or cancel in the portal's subscription
/// settings; on-premise licences go through the account manager or partner.
public struct Bitrix24Policy: VendorPolicy {
    static let cloud = Product(id: "cloud", name: LocalizedText(verbatim: "Bitrix24 Cloud"))
    static let onPremise = Product(id: "on-premise", name: LocalizedText(en: "Bitrix24 On-Premise (self-hosted)", fr: "Bitrix24 sur site (auto-hébergé)"))

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
            FactUse(.renewal, whereToFind: LocalizedText(
                en: "your portal: Settings or My Bitrix24 > Subscription (or Billing)",
                fr: "votre portail : Paramètres ou Mon Bitrix24 > Abonnement (ou Facturation)"), citation: Bitrix24Source.overview),
            FactUse(.billing, whereToFind: LocalizedText(
                en: "your portal: Settings or My Bitrix24 > Subscription (or Billing)",
                fr: "votre portail : Paramètres ou Mon Bitrix24 > Abonnement (ou Facturation)"), citation: Bitrix24Source.overview),
            FactUse(.termMonths, whereToFind: LocalizedText(
                en: "your subscription or licence agreement",
                fr: "votre abonnement ou contrat de licence"), citation: Bitrix24Source.faq),
            FactUse(.noticeDays, whereToFind: LocalizedText(
                en: "your on-premise licence agreement, or ask your account manager or Bitrix24 partner",
                fr: "votre contrat de licence sur site, ou demandez à votre gestionnaire de compte ou partenaire Bitrix24"), citation: Bitrix24Source.faq),
        ],
        sources: [Bitrix24Source.article],
        rules: [
            PolicyRule(id: "account-admin-only", LocalizedText(
                en: "Only the account administrator (usually whoever created the portal) can manage subscription and billing.",
                fr: "Seul l’administrateur du compte (en général le créateur du portail) peut gérer l’abonnement et la facturation."),
                citation: Bitrix24Source.troubleshooting),
            PolicyRule(id: "downgrade-or-cancel", LocalizedText(
                en: "In Settings or My Bitrix24 > Subscription, downgrade to the free plan or cancel; paid features stay active until the end of the current billing period.",
                fr: "Dans Paramètres ou Mon Bitrix24 > Abonnement, passez au plan gratuit ou annulez ; les fonctions payantes restent actives jusqu’à la fin de la période de facturation."),
                citation: Bitrix24Source.overview),
            PolicyRule(id: "on-premise-account-manager", LocalizedText(
                en: "On-premise licences are cancelled with the account manager or Bitrix24 partner.",
                fr: "Les licences sur site s’annulent auprès du gestionnaire de compte ou du partenaire Bitrix24."),
                citation: Bitrix24Source.faq),
            PolicyRule(id: "refunds", LocalizedText(
                en: "No refunds for unused monthly periods; annual plans may get a partial refund depending on terms (ask support); telephony credits are typically non-refundable.",
                fr: "Pas de remboursement des périodes mensuelles non utilisées ; les plans annuels peuvent obtenir un remboursement partiel selon les conditions (demandez au support) ; les crédits de téléphonie ne sont généralement pas remboursables."),
                citation: Bitrix24Source.refunds),
            PolicyRule(id: "export-first", LocalizedText(
                en: "Export CRM data, tasks, calendars and Drive files first; workflows and automations must be saved by hand.",
                fr: "Exportez d’abord CRM, tâches, calendriers et fichiers du Drive ; les workflows et automatisations se sauvegardent à la main."),
                citation: Bitrix24Source.exports),
            PolicyRule(id: "free-plan-limits", LocalizedText(
                en: "After cancelling, the portal drops to the free plan: features are restricted, data above its limits becomes inaccessible (not deleted), telephony credits and storage add-ons are deactivated.",
                fr: "Après l’annulation, le portail passe au plan gratuit : fonctions restreintes, données au-delà des limites inaccessibles (non supprimées), crédits de téléphonie et stockage additionnel désactivés."),
                citation: Bitrix24Source.afterCancelling),
            PolicyRule(id: "delete-portal", LocalizedText(
                en: "Deleting the portal (Settings > Account > Delete Account) is permanent and irreversible.",
                fr: "Supprimer le portail (Paramètres > Compte > Supprimer le compte) est définitif et irréversible."),
                citation: Bitrix24Source.faq),
        ],
        examples: Bitrix24Policy.examples)
}
