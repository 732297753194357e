import CancelCore

/// Labels of the calendar, checklist and notice outputs, in both languages.
extension TextLabels {
    static let stepsTitle = LocalizedText(en: "Steps", fr: "Étapes")
    static let deadline = LocalizedText(en: "deadline", fr: "date limite")
    static let planMadeOn = LocalizedText(en: "Plan made by cancelctl on", fr: "Plan établi par cancelctl le")
    static let reminder = LocalizedText(en: "Reminder", fr: "Rappel")
    static let completePlan = LocalizedText(en: "Complete the cancellation plan: the dates cannot be computed yet",
                                            fr: "Compléter le plan de résiliation : les dates ne peuvent pas encore être calculées")
    static let toFind = LocalizedText(en: "To find", fr: "À trouver")
    static let summary = LocalizedText(en: "Summary", fr: "Résumé")
    static let checklistTitle = LocalizedText(en: "cancellation checklist", fr: "liste de contrôle de la résiliation")
    static let findFact = LocalizedText(en: "Find", fr: "Trouver")
    static let to = LocalizedText(en: "To", fr: "À")
    static let call = LocalizedText(en: "Call", fr: "Appeler")
    static let subject = LocalizedText(en: "Subject", fr: "Objet")
    static let clickPath = LocalizedText(en: "Click path", fr: "Parcours de clics")
    static let placeholders = LocalizedText(en: "Fill in before sending", fr: "À remplir avant l’envoi")
    /// ": " in English, " : " in French (a space before the colon).
    static func colon(_ language: Language) -> String { language == .fr ? " : " : ": " }
    static let noPlaceholders = LocalizedText(en: "Nothing left to fill in.", fr: "Rien à remplir.")
}
