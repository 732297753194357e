import CancelCore

/// The Aircall help article every rule of this target comes from.
enum AircallSource {
    static let article = Source(
        file: "000_113307ba5bee7cc7.txt",
        title: LocalizedText(en: "Aircall: cancelling your subscription (help centre, in French)",
                             fr: "Aircall : annuler votre abonnement (centre d’aide)"))

    static let noticeRequirement = article.section("Exigence de préavis d’annulation")
    static let findRenewal = article.section("Comment trouver votre date de renouvellement")
    static let howToCancel = article.section("Comment annuler votre abonnement")
    static let selfService = article.section("Clients auto-abonnés (moins de 10 utilisateurs)")
    static let moreThanTen = article.section("Plans avec plus de 10 utilisateurs")
    static let beforeCancelling = article.section("Avant d’annuler : actions essentielles")
    static let billingTerms = article.section("Facturation et conditions d’abonnement")
    static let billedAfter = article.section("Pourquoi vous pourriez être facturé après l’annulation")
    static let faq = article.section("FAQ")
}
