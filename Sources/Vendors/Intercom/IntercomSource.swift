import CancelCore

/// The Intercom cancellation guide every rule of this target comes from.
enum IntercomSource {
    static let article = Source(
        file: "001_efc5af09e440b15a.txt",
        title: LocalizedText(en: "How to cancel Intercom (SchedulingKit guide, 2026)",
                             fr: "Comment annuler Intercom (guide SchedulingKit, 2026)"))

    static let quickAnswer = article.section("Réponse rapide")
    static let stepByStep = article.section("Guide étape par étape")
    static let refunds = article.section("Politique de remboursement de Intercom")
    static let beforeCancelling = article.section("Avant d'annuler")
    static let afterCancelling = article.section("Que se passe-t-il après l'annulation de Intercom")
    static let troubleshooting = article.section("Dépannage")
    static let faq = article.section("Questions fréquentes")
}
