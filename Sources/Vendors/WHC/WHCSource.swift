import CancelCore

/// The WHC help-centre article every rule of this target comes from.
enum WHCSource {
    static let article = Source(
        file: "004_d11c1a0922556c58.txt",
        title: LocalizedText(en: "WHC: how to cancel a domain name, hosting or service (help centre, in French)",
                             fr: "WHC : comment annuler mon nom de domaine, hébergement ou service? (centre d’aide)"))

    static let clientAreaOnly = article.section("Comment annuler mon nom de domaine, hébergement ou service?")
    static let hosting = article.section("Pour annuler un service (compte d'hébergement, Weebly ou WordPress)")
    static let ssl = article.section("Pour annuler un certificat SSL")
    static let app = article.section("Pour annuler une application (MailerMojo, RankingCoach, Anti-spam, Protection SiteSafe)")
    static let domain = article.section("Pour annuler un nom de domaine")
    static let refunds = article.section("Pour les demandes de remboursement")
}
