import CancelCore

/// The GoTo support article every rule of this target comes from.
enum GoToSource {
    static let article = Source(
        file: "003_be639d78b16b3063.txt",
        title: LocalizedText(en: "GoTo: cancel my GoTo Webinar subscription (support article, in French)",
                             fr: "GoTo : annuler mon abonnement GoTo Webinar (article d’assistance)"))

    static let autoRenewal = article.section("Annulez mon GoTo Webinar sousscription")
    static let beforeCancelling = article.section("Avant d'annuler votre abonnement")
    static let contactSupport = article.section("Contacter l'assistance pour l'annuler")
    static let faq = article.section("Questions fréquemment posées")
}
