import CancelCore

/// Words of the portfolio output and its messages, in both languages.
enum PortfolioLabels {
    static let name = LocalizedText(en: "NAME", fr: "NOM")
    static let vendor = LocalizedText(en: "VENDOR", fr: "FOURNISSEUR")
    static let status = LocalizedText(en: "STATUS", fr: "STATUT")
    static let date = LocalizedText(en: "DATE", fr: "DATE")
    static let days = LocalizedText(en: "DAYS", fr: "JOURS")
    static let action = LocalizedText(en: "NEXT ACTION", fr: "ACTION SUIVANTE")
    static let ends = LocalizedText(en: "ends", fr: "fin")
    static let missed = LocalizedText(en: "missed", fr: "manquée")
    static let missing = LocalizedText(en: "missing", fr: "manque")
    static let owner = LocalizedText(en: "owner", fr: "responsable")
    static let noRows = LocalizedText(en: "No subscriptions.", fr: "Aucun abonnement.")
    static let line = LocalizedText(en: "line", fr: "ligne")
    static let cannotRead = LocalizedText(en: "cannot read", fr: "impossible de lire")
    /// A read error part-way through: which input, and how far it got.
    static func readFailed(_ input: String, rows: Int) -> LocalizedText {
        let name = input == "-" ? "standard input" : "'\(input)'"
        let nom = input == "-" ? "l’entrée standard" : "« \(input) »"
        return LocalizedText(en: "reading \(name) failed after \(rows) rows; the rows before were processed, the rest were not read.",
                             fr: "la lecture de \(nom) a échoué après \(rows) lignes ; les lignes précédentes ont été traitées, la suite n’a pas été lue.")
    }
    static let outputFailed = LocalizedText(en: "writing the output failed", fr: "l’écriture de la sortie a échoué")

    /// "Note: ignoring columns cost, team."
    static func ignored(_ columns: [String]) -> LocalizedText {
        let list = columns.joined(separator: ", ")
        return LocalizedText(en: "Note: ignoring column(s) not used for planning: \(list).",
                             fr: "Remarque : colonne(s) non utilisée(s) pour la planification ignorée(s) : \(list).")
    }

    /// "10 rows read = 8 planned + 2 rejected"
    static func counts(read: Int, planned: Int, rejected: Int) -> LocalizedText {
        LocalizedText(en: "\(read) rows read = \(planned) planned + \(rejected) rejected",
                      fr: "\(read) lignes lues = \(planned) planifiées + \(rejected) rejetées")
    }

    static func event(_ action: PortfolioAction) -> LocalizedText {
        switch action {
        case .sendNotice: return LocalizedText(en: "Last day to send the cancellation notice", fr: "Dernier jour pour envoyer le préavis de résiliation")
        case .cancel: return LocalizedText(en: "Last day to cancel before renewal", fr: "Dernier jour pour résilier avant le renouvellement")
        case .completeFacts, .none: return LocalizedText(en: "Cancellation deadline", fr: "Date limite de résiliation")
        }
    }
}
