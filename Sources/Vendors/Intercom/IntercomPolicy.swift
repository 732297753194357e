import CancelCore

/// Intercom: monthly plans cancel in Settings > Subscription; annual
/// contracts go through the billing team, with a notice period the
/// contract states.
public struct IntercomPolicy: VendorPolicy {
    static let billingEmail = "billing@intercom.com"

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
            FactUse(.billing, whereToFind: LocalizedText(
                en: "app.intercom.com > Settings > Subscription (or Billing): plan details",
                fr: "app.intercom.com > Paramètres > Subscription (ou Billing) : détails du plan"), citation: IntercomSource.stepByStep),
            FactUse(.renewal, whereToFind: LocalizedText(
                en: "app.intercom.com > Settings > Subscription (or Billing), or your annual agreement",
                fr: "app.intercom.com > Paramètres > Subscription (ou Billing), ou votre contrat annuel"), citation: IntercomSource.stepByStep),
            FactUse(.noticeDays, whereToFind: LocalizedText(
                en: "your annual agreement, or ask your account manager or billing@intercom.com",
                fr: "votre contrat annuel, ou demandez à votre gestionnaire de compte ou à billing@intercom.com"), citation: IntercomSource.troubleshooting),
            FactUse(.termMonths, whereToFind: LocalizedText(
                en: "your agreement (annual contracts run for 12 months unless it says otherwise)",
                fr: "votre contrat (les contrats annuels durent 12 mois sauf mention contraire)"), citation: IntercomSource.faq),
        ],
        sources: [IntercomSource.article],
        rules: [
            PolicyRule(id: "owner-or-billing", LocalizedText(
                en: "Only workspace owners or users with billing permissions can manage the subscription.",
                fr: "Seuls les propriétaires de l’espace de travail ou les utilisateurs ayant les permissions de facturation peuvent gérer l’abonnement."),
                citation: IntercomSource.quickAnswer),
            PolicyRule(id: "self-cancel", LocalizedText(
                en: "Cancel in app.intercom.com > Settings > Subscription > Cancel subscription; retention offers may be shown.",
                fr: "Annulez dans app.intercom.com > Paramètres > Subscription > Cancel subscription ; des offres de rétention peuvent s’afficher."),
                citation: IntercomSource.stepByStep),
            PolicyRule(id: "annual-via-billing", LocalizedText(
                en: "Annual contracts that cannot self-cancel email billing@intercom.com or the account manager; they may require notice before the renewal date.",
                fr: "Les contrats annuels qui ne peuvent pas s’annuler eux-mêmes écrivent à billing@intercom.com ou au gestionnaire de compte ; un préavis avant le renouvellement peut être exigé."),
                citation: IntercomSource.troubleshooting),
            PolicyRule(id: "remove-messenger", LocalizedText(
                en: "Cancelling does not remove the Messenger: remove the JavaScript snippet from your website and app.",
                fr: "L’annulation ne retire pas le Messenger : supprimez le snippet JavaScript de votre site et de votre application."),
                citation: IntercomSource.stepByStep),
            PolicyRule(id: "export-first", LocalizedText(
                en: "Export conversations, contacts and companies, and help-center articles before the cancellation takes effect; data is deleted after the retention period.",
                fr: "Exportez conversations, contacts et entreprises, et articles du centre d’aide avant la prise d’effet ; les données sont supprimées après la période de conservation."),
                citation: IntercomSource.beforeCancelling),
            PolicyRule(id: "refunds", LocalizedText(
                en: "Monthly plans are generally non-refundable for partial periods; annual contracts have their own terms.",
                fr: "Les plans mensuels ne sont généralement pas remboursables au prorata ; les contrats annuels ont leurs propres conditions."),
                citation: IntercomSource.refunds),
            PolicyRule(id: "what-stops", LocalizedText(
                en: "The Messenger, automated messages, chatbots and Fin AI stop; team inbox and notes become inaccessible; customers are not notified.",
                fr: "Le Messenger, les messages automatiques, les chatbots et Fin AI s’arrêtent ; la boîte de réception et les notes deviennent inaccessibles ; les clients ne sont pas prévenus."),
                citation: IntercomSource.afterCancelling),
        ],
        examples: IntercomPolicy.examples)
}
