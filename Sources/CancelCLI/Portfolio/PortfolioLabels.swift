import CancelCore
import CancelPortfolio

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
    static let reference = LocalizedText(en: "reference", fr: "référence")
    static let sent = LocalizedText(en: "notice sent", fr: "préavis envoyé le")
    static let confirmedOn = LocalizedText(en: "confirmed", fr: "confirmée le")
    static let late = LocalizedText(en: "LATE: the deadline was", fr: "EN RETARD : la date limite était le")
    static let renewedUntil = LocalizedText(en: "renewed, ends", fr: "renouvelé, fin le")
    /// What still happens after a confirmed cancellation.
    static let stillToCome = LocalizedText(
        en: "still to come: a final invoice; data deleted after the end (export it first)",
        fr: "reste à venir : une dernière facture ; données supprimées après la fin (exportez-les avant)")
    /// Why a chase date: our rule, not the vendor's.
    static let chaseRule = LocalizedText(
        en: "chase date: cancelctl’s rule, \(TimelineBuilder.confirmationChaseBusinessDays) business days after sending",
        fr: "date de relance : règle de cancelctl, \(TimelineBuilder.confirmationChaseBusinessDays) jours ouvrés après l’envoi")
    static let summary = LocalizedText(en: "Summary", fr: "Bilan")
    static let nextDeadlines = LocalizedText(en: "Next deadlines:", fr: "Prochaines échéances :")
    /// "in 7 days", "today".
    static func inDays(_ days: Int) -> LocalizedText {
        switch days {
        case 0: return LocalizedText(en: "today", fr: "aujourd’hui")
        case 1: return LocalizedText(en: "in 1 day", fr: "dans 1 jour")
        default: return LocalizedText(en: "in \(days) days", fr: "dans \(days) jours")
        }
    }
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
    /// After the first rejected rows: how many more, and where they all are.
    static func moreRejected(_ more: Int, errorsPath: String?) -> LocalizedText {
        if let path = errorsPath {
            let shown = UntrustedText.terminalSafe(path)
            return LocalizedText(en: "… and \(more) more rejected rows, not shown; every rejected row is in '\(shown)'.",
                                 fr: "… et \(more) autres lignes rejetées, non affichées ; toutes les lignes rejetées sont dans « \(shown) ».")
        }
        return LocalizedText(en: "… and \(more) more rejected rows, not shown; --errors PATH saves every rejected row.",
                             fr: "… et \(more) autres lignes rejetées, non affichées ; --errors CHEMIN enregistre toutes les lignes rejetées.")
    }
    static let rejectedByKind = LocalizedText(en: "Rejected rows by kind:", fr: "Lignes rejetées par type :")
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
        case .chaseConfirmation: return LocalizedText(en: "Ask for the cancellation confirmation", fr: "Demander la confirmation de la résiliation")
        case .completeFacts, .none: return LocalizedText(en: "Cancellation deadline", fr: "Date limite de résiliation")
        }
    }
}
