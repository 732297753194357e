import CancelCore

/// The Bitrix24 cancellation guide every rule of this target comes from.
enum Bitrix24Source {
    static let article = Source(
        file: "002_5630bac1950a2001.txt",
        title: LocalizedText(en: "How to cancel Bitrix24 (cancellation guide)",
                             fr: "Comment annuler Bitrix24 (guide d’annulation)"))

    static let overview = article.section("Comment annuler Bitrix24")
    static let quickAnswer = article.section("Réponse rapide")
    static let refunds = article.section("Politique de remboursement de Bitrix24")
    static let exports = article.section("Exportez d'abord vos données")
    static let afterCancelling = article.section("Que se passe-t-il après l'annulation de Bitrix24")
    static let troubleshooting = article.section("Problèmes courants d'annulation")
    static let faq = article.section("Questions fréquentes sur l'annulation de Bitrix24")
}
