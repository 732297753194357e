import CancelCore

/// WHC: every cancellation is requested in the client area, immediately or
/// at the end of the term; a domain is never cancelled, it is left to expire.
public struct WHCPolicy: VendorPolicy {
    static let hosting = Product(id: "hosting", name: LocalizedText(en: "Hosting account (also Weebly, WordPress)", fr: "Compte d’hébergement (aussi Weebly, WordPress)"))
    static let ssl = Product(id: "ssl", name: LocalizedText(en: "SSL certificate", fr: "Certificat SSL"))
    static let app = Product(id: "app", name: LocalizedText(en: "App (MailerMojo, RankingCoach, Anti-spam, SiteSafe)", fr: "Application (MailerMojo, RankingCoach, Anti-spam, Protection SiteSafe)"))
    static let domain = Product(id: "domain", name: LocalizedText(en: "Domain name", fr: "Nom de domaine"))
    static let clientArea = "https://clients.whc.ca"

    /// The client area's labels exist in French only: shown as written,
    /// with the English beside them in English output.
    static func ui(_ label: String, _ english: String) -> LocalizedText {
        .interfaceLabel(label, in: .fr, meaning: english)
    }

    public init() {}

    public func plan(for facts: AccountFacts) -> WHCPlan {
        WHCPlan(facts: facts)
    }

    public static let description = VendorDescription(
        id: "whc",
        name: "WHC",
        aliases: ["Web Hosting Canada"], domains: ["whc.ca"],
        products: [hosting, ssl, app, domain],
        facts: [
            FactUse(.product, whereToFind: LocalizedText(en: "the client area dashboard: Hosting, SSL, Apps or Domains",
                                                        fr: "le tableau de bord de l’Espace Client : Hébergement, SSL, Apps ou Domaines"), citation: WHCSource.clientAreaOnly),
            FactUse(.renewal, whereToFind: LocalizedText(en: "the client area: the service’s plan details, or the domain’s expiry date",
                                                        fr: "l’Espace Client : les détails du plan du service, ou la date d’échéance du domaine"), citation: WHCSource.hosting),
            FactUse(.billing, whereToFind: LocalizedText(en: "the client area: the service’s plan details",
                                                        fr: "l’Espace Client : les détails du plan du service"), citation: WHCSource.hosting),
            FactUse(.termMonths, whereToFind: LocalizedText(en: "the client area: the length of the service’s contract",
                                                           fr: "l’Espace Client : la durée du contrat du service"), citation: WHCSource.hosting),
            FactUse(.immediate, whereToFind: LocalizedText(en: "your choice: immediate cancellation or automatic cancellation at the end of the contract",
                                                          fr: "votre choix : annulation immédiate ou annulation automatique à la fin du contrat"), citation: WHCSource.hosting),
        ],
        sources: [WHCSource.article],
        rules: [
            PolicyRule(id: "client-area-only", LocalizedText(
                en: "Cancellations are accepted only from the client area (https://clients.whc.ca); requests by email or phone are refused for security.",
                fr: "Les annulations ne sont acceptées que depuis l’Espace Client (https://clients.whc.ca) ; les demandes par courriel ou téléphone sont refusées par sécurité."),
                citation: WHCSource.clientAreaOnly),
            PolicyRule(id: "service-flow", LocalizedText(
                en: "Hosting, SSL and apps: Manage > gear icon > Plan details > Request cancellation with a reason, then immediate (within 24 hours) or automatic at the end of the contract.",
                fr: "Hébergement, SSL et applications : Gérer > engrenage > Détails du plan > Demande d’annulation avec la raison, puis immédiate (dans les 24 heures) ou automatique à la fin du contrat."),
                citation: WHCSource.hosting),
            PolicyRule(id: "hosting-domain-checkbox", LocalizedText(
                en: "When cancelling hosting, a domain registered with it can be marked for non-renewal with a checkbox.",
                fr: "En annulant un hébergement, un domaine enregistré avec lui peut être signalé pour non-renouvellement par une case à cocher."),
                citation: WHCSource.hosting),
            PolicyRule(id: "domain-expires", LocalizedText(
                en: "A domain cannot be cancelled: turn off its auto-renewal (Domains > Domains) and let it expire; this normally cancels an open renewal invoice, otherwise send a written request with the invoice number.",
                fr: "Un domaine ne s’annule pas : désactivez son renouvellement automatique (Domaines > Domaines) et laissez-le expirer ; cela annule normalement une facture de renouvellement ouverte, sinon envoyez une demande écrite avec le numéro de facture."),
                citation: WHCSource.domain),
            PolicyRule(id: "domain-deletion", LocalizedText(
                en: "Deleting a domain, in exceptional cases, takes a ticket in the client area or a call to support; it is irreversible.",
                fr: "Supprimer un domaine, dans les cas exceptionnels, passe par un billet dans l’Espace Client ou le support ; c’est irréversible."),
                citation: WHCSource.domain),
            PolicyRule(id: "refund-after-cancelling", LocalizedText(
                en: "Refunds, if eligible, are requested from the billing team by replying to the cancellation ticket, after cancelling.",
                fr: "Les remboursements, s’ils sont éligibles, se demandent à l’équipe de facturation en répondant au ticket d’annulation, après l’annulation."),
                citation: WHCSource.refunds),
        ],
        examples: WHCPolicy.examples)
}
