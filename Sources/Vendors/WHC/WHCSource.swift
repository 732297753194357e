import CancelCore

/// The WHC help-centre article every rule of this target comes from: the
/// vendor's own, in French only (no English version was found).
enum WHCSource {
    static let article = Source(
        id: "004_d11c1a0922556c58.txt",
        title: "Comment annuler mon nom de domaine, hébergement ou service?",
        publisher: "WHC Help Centre", official: true,
        url: "https://clients.whc.ca/fr/knowledgebase/1561/Comment-annuler-mon-nom-de-domaine-hebergement-ou-service.html",
        language: "fr")

    static let clientAreaOnly = article.section("Comment annuler mon nom de domaine, hébergement ou service?")
    static let hosting = article.section("Pour annuler un service (compte d'hébergement, Weebly ou WordPress)")
    static let ssl = article.section("Pour annuler un certificat SSL")
    static let app = article.section("Pour annuler une application (MailerMojo, RankingCoach, Anti-spam, Protection SiteSafe)")
    static let domain = article.section("Pour annuler un nom de domaine")
    static let refunds = article.section("Pour les demandes de remboursement")
}
