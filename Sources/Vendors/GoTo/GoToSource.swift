import CancelCore

/// GoTo's own support articles: the Webinar one (the seed, in French) and
/// the GoTo Connect one (in English).
enum GoToSource {
    static let article = Source(
        id: "003_be639d78b16b3063.txt",
        title: "Annulez mon GoTo Webinar sousscription",
        publisher: "GoTo Support", official: true,
        url: "https://support.goto.com/fr/webinar/help/cancel-my-goto-webinar-subscription", language: "fr")
    static let connectArticle = Source(
        id: "goto-connect-cancel",
        title: "Cancel my GoTo Connect subscription",
        publisher: "GoTo Support", official: true,
        url: "https://support.goto.com/connect/help/cancel-my-goto-connect-subscription", language: "en")

    /// Served at a Portuguese address, written in English.
    static let trainingArticle = Source(
        id: "goto-training-cancel",
        title: "Cancel my GoTo Training subscription",
        publisher: "GoTo Support", official: true,
        url: "https://support.goto.com/pt/training/help/how-do-i-cancel-my-gototraining-subscription-plan", language: "en")

    static let autoRenewal = article.section("Annulez mon GoTo Webinar sousscription")
    static let beforeCancelling = article.section("Avant d'annuler votre abonnement")
    static let contactSupport = article.section("Contacter l'assistance pour l'annuler")
    static let faq = article.section("Questions fréquemment posées")

    /// No stored headings for the Connect article: passages are named in parentheses.
    static let connectSetTerm = connectArticle.section("(passage on set-term contracts)")
    static let connectPorting = connectArticle.section("(passage on phone number transfers)")
    static let connectRoles = connectArticle.section("(passage on who can cancel)")
    static let onlineInAdmin = trainingArticle.section("Cancel your GoTo Training subscription in GoTo Admin")
}
