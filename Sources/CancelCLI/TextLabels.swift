import CancelCore

/// Headings and labels of the terminal output, in both languages.
enum TextLabels {
    static let plan = LocalizedText(en: "cancellation plan", fr: "plan de résiliation")
    static let today = LocalizedText(en: "Today", fr: "Aujourd’hui")
    static let channel = LocalizedText(en: "Channel", fr: "Canal")
    static let contact = LocalizedText(en: "Contact", fr: "Contact")
    static let roles = LocalizedText(en: "Who may cancel", fr: "Qui peut résilier")
    static let anyOf = LocalizedText(en: "any one of", fr: "l’un ou l’autre")
    static let renewal = LocalizedText(en: "Renewal date", fr: "Date de renouvellement")
    static let nextRenewal = LocalizedText(en: "Next renewal", fr: "Prochain renouvellement")
    static let noticeDeadline = LocalizedText(en: "Notice deadline", fr: "Date limite de préavis")
    static let lastDay = LocalizedText(en: "Last day to act", fr: "Dernier jour pour agir")
    static let missedDeadline = LocalizedText(en: "Missed deadline", fr: "Date limite manquée")
    static let serviceEnds = LocalizedText(en: "Service ends", fr: "Fin du service")
    static let unknown = LocalizedText(en: "unknown", fr: "inconnue")
    static let dependsOnNotice = LocalizedText(en: "unknown: depends on the notice period", fr: "inconnue : dépend du préavis")
    static let noneNeeded = LocalizedText(en: "none needed (the contract does not renew by itself)", fr: "aucune (le contrat ne se renouvelle pas tacitement)")

    /// What an unknown date of `report` depends on, in words.
    static func unknownDate(_ report: PlanReport) -> LocalizedText {
        report.missingFacts.contains { $0.fact == .noticeDays } ? dependsOnNotice : unknown
    }
    static let none = LocalizedText(en: "none", fr: "aucune")
    static let timeline = LocalizedText(en: "TIMELINE", fr: "CALENDRIER")
    static let steps = LocalizedText(en: "STEPS", fr: "ÉTAPES")
    static let before = LocalizedText(en: "BEFORE CANCELLING", fr: "AVANT DE RÉSILIER")
    static let stillBilled = LocalizedText(en: "STILL BILLED", fr: "ENCORE FACTURÉ")
    static let refund = LocalizedText(en: "REFUND", fr: "REMBOURSEMENT")
    static let after = LocalizedText(en: "AFTER CANCELLING", fr: "APRÈS LA RÉSILIATION")
    static let missing = LocalizedText(en: "MISSING FACTS", fr: "FAITS MANQUANTS")
    static let warnings = LocalizedText(en: "WARNINGS", fr: "AVERTISSEMENTS")
    static let sources = LocalizedText(en: "SOURCES", fr: "SOURCES")
    static let path = LocalizedText(en: "Path", fr: "Chemin")
    static let source = LocalizedText(en: "Source", fr: "Source")
    static let whereToFind = LocalizedText(en: "where to find it", fr: "où le trouver")
    static let products = LocalizedText(en: "products", fr: "produits")
    static let defaultMark = LocalizedText(en: "default", fr: "par défaut")
    static let facts = LocalizedText(en: "FACTS IT READS", fr: "FAITS UTILISÉS")
    static let rules = LocalizedText(en: "RULES", fr: "RÈGLES")
    /// A label's colon: French puts a space before it.
    static let colon = LocalizedText(en: ": ", fr: " : ")

    /// "Label: " or "Libellé : ".
    static func labelled(_ label: LocalizedText, _ language: Language) -> String {
        label[language] + colon[language]
    }

    /// "today", "tomorrow", "in 12 days", "3 days ago".
    static func daysLeft(_ days: Int) -> LocalizedText {
        switch days {
        case 0: return LocalizedText(en: "today", fr: "aujourd’hui")
        case 1: return LocalizedText(en: "tomorrow", fr: "demain")
        case 2...: return LocalizedText(en: "in \(days) days", fr: "dans \(days) jours")
        case -1: return LocalizedText(en: "yesterday", fr: "hier")
        default: return LocalizedText(en: "\(-days) days ago", fr: "il y a \(-days) jours")
        }
    }
}
