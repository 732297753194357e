import CancelCore

/// Bitrix24's own help-desk and store pages (official), and the seed: a
/// third party's guide (SchedulingKit) that contradicts them on refunds and
/// the click path. Where they disagree the plan follows Bitrix24 and warns.
enum Bitrix24Source {
    static let cancelPage = Source(
        id: "bitrix24-cancel",
        title: "Cancel subscription",
        publisher: "Bitrix24 Helpdesk", official: true,
        url: "https://helpdesk.bitrix24.com/open/17226116", language: "en")
    static let refundPage = Source(
        id: "bitrix24-refunds",
        title: "Refund policy",
        publisher: "Bitrix24 Helpdesk", official: true,
        url: "https://helpdesk.bitrix24.com/open/1348472/", language: "en")
    static let renewalPage = Source(
        id: "bitrix24-auto-renewal",
        title: "Automatic renewal",
        publisher: "Bitrix24 Helpdesk", official: true,
        url: "https://helpdesk.bitrix24.com/open/1348391/", language: "en")
    static let licensingPage = Source(
        id: "bitrix24-licensing",
        title: "Licensing policy",
        publisher: "Bitrix24", official: true,
        url: "https://store.bitrix24.com/help/licensing-policy.php", language: "en")
    static let article = Source(
        id: "002_5630bac1950a2001.txt",
        title: "Comment annuler Bitrix24",
        publisher: "SchedulingKit", official: false,
        url: "https://schedulingkit.com/fr/how-to-cancel/bitrix24", language: "fr")

    static let all = [cancelPage, refundPage, renewalPage, licensingPage, article]

    /// No stored headings for the official pages: passages are named in parentheses.
    static let cancelSteps = cancelPage.section("(passage on Subscription > Purchase History)")
    static let whoSees = cancelPage.section("(passage on who sees the Subscription page)")
    static let partner = cancelPage.section("(passage on subscriptions bought from a partner)")
    static let noRefunds = refundPage.section("(passage on subscriptions and licence keys)")
    static let telephonyCredit = refundPage.section("(passage on prepaid telephony credit)")
    static let renewal = renewalPage.section("(passage on renewal periods and discounts)")
    static let freePlan = licensingPage.section("(passage on accounts that are not renewed)")

    static let overview = article.section("Comment annuler Bitrix24")
    static let quickAnswer = article.section("Réponse rapide")
    static let refunds = article.section("Politique de remboursement de Bitrix24")
    static let exports = article.section("Exportez d'abord vos données")
    static let afterCancelling = article.section("Que se passe-t-il après l'annulation de Bitrix24")
    static let troubleshooting = article.section("Problèmes courants d'annulation")
    static let faq = article.section("Questions fréquentes sur l'annulation de Bitrix24")
}
