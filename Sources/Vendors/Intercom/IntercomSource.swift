import CancelCore

/// Intercom's own help article (official), and the seed: a third party's
/// guide (SchedulingKit) that contradicts it on annual plans, notice and
/// refunds. Where they disagree the plan follows Intercom and warns.
enum IntercomSource {
    static let official = Source(
        id: "intercom-cancel",
        title: "How to cancel your subscription",
        publisher: "Intercom Help Center", official: true,
        url: "https://www.intercom.com/help/en/articles/9088378-how-to-cancel-your-subscription", language: "en")
    static let article = Source(
        id: "001_efc5af09e440b15a.txt",
        title: "Comment annuler Intercom",
        publisher: "SchedulingKit", official: false,
        url: "https://schedulingkit.com/fr/how-to-cancel/intercom", language: "fr")

    /// No stored headings for Intercom's article: passages are named in parentheses.
    static let paidOnline = official.section("(passage on monthly and annual subscriptions paid online)")
    static let annualPlans = official.section("(passage on annual subscriptions)")
    static let contracted = official.section("(passage on contracted subscriptions)")
    static let pauseAndData = official.section("(passage on pausing and on data)")

    static let quickAnswer = article.section("Réponse rapide")
    static let stepByStep = article.section("Guide étape par étape")
    static let refunds = article.section("Politique de remboursement de Intercom")
    static let beforeCancelling = article.section("Avant d'annuler")
    static let afterCancelling = article.section("Que se passe-t-il après l'annulation de Intercom")
    static let troubleshooting = article.section("Dépannage")
    static let faq = article.section("Questions fréquentes")
}
