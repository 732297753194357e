import CancelCore
import CancelPortfolio

/// The part of `cancelctl help portfolio` below the options: columns,
/// statuses, exit codes and examples.
enum PortfolioHelp {
    static func details(_ l: Language) -> [String] {
        let columns = PortfolioColumn.all.map(\.header).joined(separator: ", ")
        let text = LocalizedText(
            en: "COLUMNS: \(columns) (headers match plan's flags, ignoring case, spaces, - and _, or a listed synonym such as Renewal Date or Supplier; name, owner and reference are free text; notice-sent and confirmed record what was done; other columns are ignored, near misses of these are errors). Separators , ; or tab are detected from the header. Dates: YYYY-MM-DD only.",
            fr: "COLONNES : \(columns) (les en-têtes reprennent les options de plan, sans tenir compte de la casse, des espaces, - et _, ou un synonyme listé comme Renewal Date ou Fournisseur ; name, owner et reference sont du texte libre ; notice-sent et confirmed notent ce qui a été fait ; les autres colonnes sont ignorées, les fautes de frappe proches sont des erreurs). Les séparateurs , ; ou tabulation sont détectés sur l’en-tête. Dates : AAAA-MM-JJ uniquement.")
        let statuses = LocalizedText(
            en: "STATUS: missed (deadline passed; shows the rolled deadline), act-soon (within --horizon), notice-sent (awaiting confirmation; chase it 10 business days after sending, cancelctl's rule; late if sent after the deadline), unknown (facts missing), ok, no-deadline (nothing renews), cancelled (confirmed). Rows are sorted by the date of the next action.",
            fr: "STATUT : missed (date limite passée ; montre la suivante), act-soon (dans l’horizon --horizon), notice-sent (en attente de confirmation ; relancer 10 jours ouvrés après l’envoi, règle de cancelctl ; en retard si envoyé après la date limite), unknown (faits manquants), ok, no-deadline (rien ne se renouvelle), cancelled (confirmée). Les lignes sont triées par la date de la prochaine action.")
        let exits = LocalizedText(
            en: "EXIT: 0 every row planned; 65 a row was rejected (the first 20 on stderr with their line, then counts by kind; all of them in --errors); 64 usage; 73 --errors not writable; 74 input unreadable.",
            fr: "CODE DE SORTIE : 0 toutes les lignes planifiées ; 65 une ligne rejetée (les 20 premières sur stderr avec leur numéro, puis le nombre par type ; toutes dans --errors) ; 64 usage ; 73 --errors non inscriptible ; 74 entrée illisible.")
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
