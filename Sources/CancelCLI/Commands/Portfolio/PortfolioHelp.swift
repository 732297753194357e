import CancelCore

/// The sections of `cancelctl help portfolio` below the options: columns,
/// statuses and exit codes.
enum PortfolioHelp {
    static var sections: [(heading: String, body: LocalizedText)] {
        let columns = PortfolioColumn.all.map(\.header).joined(separator: ", ")
        return [
            ("COLUMNS:", LocalizedText(
                en: "\(columns) (headers match plan's flags; name and owner are free text; other columns are ignored, near misses of these are errors).",
                fr: "\(columns) (les en-têtes reprennent les options de plan ; name et owner sont du texte libre ; les autres colonnes sont ignorées, les fautes de frappe proches sont des erreurs).")),
            ("STATUS:", LocalizedText(
                en: "missed (deadline passed; shows the rolled deadline), act-soon (within --horizon), unknown (facts missing), ok, no-deadline (nothing renews).",
                fr: "missed (date limite passée ; montre la suivante), act-soon (dans l’horizon --horizon), unknown (faits manquants), ok, no-deadline (rien ne se renouvelle).")),
            ("EXIT CODES:", LocalizedText(
                en: "0 every row planned; 65 a row was rejected (each reported on stderr with its line); 64 usage; 73 --output or --errors not writable; 74 input unreadable or output failed.",
                fr: "0 toutes les lignes planifiées ; 65 une ligne rejetée (chacune signalée sur stderr avec son numéro) ; 64 usage ; 73 --output ou --errors non inscriptible ; 74 entrée illisible ou échec d’écriture de la sortie.")),
        ]
    }
}
