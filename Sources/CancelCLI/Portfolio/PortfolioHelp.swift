import CancelCore
import CancelPortfolio

/// The part of `cancelctl help portfolio` below the options: columns,
/// statuses, exit codes and examples.
enum PortfolioHelp {
    static func details(_ l: Language) -> [String] {
        let columns = PortfolioColumn.all.map(\.header).joined(separator: ", ")
        let text = LocalizedText(
            en: "COLUMNS: \(columns) (headers match plan's flags; name and owner are free text; other columns are ignored, near misses of these are errors).",
            fr: "COLONNES : \(columns) (les en-têtes reprennent les options de plan ; name et owner sont du texte libre ; les autres colonnes sont ignorées, les fautes de frappe proches sont des erreurs).")
        let statuses = LocalizedText(
            en: "STATUS: missed (deadline passed; shows the rolled deadline), act-soon (within --horizon), unknown (facts missing), ok, no-deadline (nothing renews).",
            fr: "STATUT : missed (date limite passée ; montre la suivante), act-soon (dans l’horizon --horizon), unknown (faits manquants), ok, no-deadline (rien ne se renouvelle).")
        let exits = LocalizedText(
            en: "EXIT: 0 every row planned; 65 a row was rejected (each reported on stderr with its line); 64 usage; 73 --errors not writable; 74 input unreadable.",
            fr: "CODE DE SORTIE : 0 toutes les lignes planifiées ; 65 une ligne rejetée (chacune signalée sur stderr avec son numéro) ; 64 usage ; 73 --errors non inscriptible ; 74 entrée illisible.")
        var lines: [String] = []
        for paragraph in [text, statuses, exits] {
            lines += TextWrapper.wrap(paragraph[l], width: 78).map { "  " + $0 }
            lines.append("")
        }
        lines.append(LocalizedText(en: "EXAMPLES:", fr: "EXEMPLES :")[l])
        lines.append("  cancelctl portfolio subscriptions.csv --horizon 45")
        lines.append("  cancelctl portfolio subscriptions.csv --format ics > deadlines.ics")
        lines.append("  cat subs.jsonl | cancelctl portfolio - --sort input --format jsonl \\")
        lines.append("                     --errors rejected.jsonl")
        return lines
    }
}
