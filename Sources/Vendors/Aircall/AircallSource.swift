import CancelCore

/// Aircall's own help centre: the French cancellation article (the seed),
/// the older English version of it, and the pages on charges after a
/// cancellation and on contracts. All official.
enum AircallSource {
    static let article = Source(
        id: "000_113307ba5bee7cc7.txt",
        title: "Comment annuler mon abonnement",
        publisher: "Aircall Help Center", official: true,
        url: "https://support.aircall.io/fr-fr/articles/19179941054877", language: "fr")
    static let englishArticle = Source(
        id: "aircall-en-cancel",
        title: "How to cancel my subscription",
        publisher: "Aircall Help Center", official: true,
        url: "https://support.aircall.io/hc/en-gb/articles/19179941054877-How-to-cancel-my-subscription", language: "en")
    static let chargedAfter = Source(
        id: "aircall-charged-after",
        title: "Why am I being charged after cancellation",
        publisher: "Aircall Help Center", official: true,
        url: "https://support.aircall.io/hc/en-gb/articles/26126974248989-Why-am-I-being-charged-after-cancellation", language: "en")
    static let contract = Source(
        id: "aircall-contract",
        title: "Aircall Help Center article 29591494465309 (contracts)",
        publisher: "Aircall Help Center", official: true,
        url: "https://support.aircall.io/en-gb/articles/29591494465309", language: "en")

    static let all = [article, englishArticle, chargedAfter, contract]

    static let noticeRequirement = article.section("Exigence de préavis d’annulation")
    static let findRenewal = article.section("Comment trouver votre date de renouvellement")
    static let howToCancel = article.section("Comment annuler votre abonnement")
    static let selfService = article.section("Clients auto-abonnés (moins de 10 utilisateurs)")
    static let moreThanTen = article.section("Plans avec plus de 10 utilisateurs")
    static let beforeCancelling = article.section("Avant d’annuler : actions essentielles")
    static let billingTerms = article.section("Facturation et conditions d’abonnement")
    static let billedAfter = article.section("Pourquoi vous pourriez être facturé après l’annulation")
    static let faq = article.section("FAQ")

    /// The English article has no headings: its passages are cited by
    /// their opening words.
    static let generalTerms = englishArticle.section("First of all, in accordance with our general terms and conditions (13.1.b)")
    static let moreThanTenUsers = englishArticle.section("If your plan includes more than 10 users")
    static let lateRequest = chargedAfter.section("Why am I being charged after cancellation")
    /// No stored heading for this page: the passage is named in parentheses.
    static let renewalExtends = contract.section("(passage on renewals)")
    static let contactUs = contract.section("(passage on Customer Success Managers)")
}
