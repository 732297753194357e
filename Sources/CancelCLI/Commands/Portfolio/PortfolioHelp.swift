import CancelCore
import CancelPortfolio

/// The sections of `cancelctl help portfolio` below the options: columns,
/// statuses and exit codes.
enum PortfolioHelp {
    static var sections: [(heading: String, body: LocalizedText)] {
        let columns = PortfolioColumn.all.map(\.header).joined(separator: ", ")
        return [
            ("COLUMNS:", LocalizedText(
                en: "\(columns) (headers match plan's flags, ignoring case, spaces, - and _, or a listed synonym such as Renewal Date or Supplier; name, owner and reference are free text; notice-sent and confirmed record what was done; other columns are ignored, near misses of these are errors). Separators , ; or tab are detected from the header. Dates: YYYY-MM-DD only.",
                fr: "\(columns) (les en-têtes reprennent les options de plan, sans tenir compte de la casse, des espaces, - et _, ou un synonyme listé comme Renewal Date ou Fournisseur ; name, owner et reference sont du texte libre ; notice-sent et confirmed notent ce qui a été fait ; les autres colonnes sont ignorées, les fautes de frappe proches sont des erreurs). Les séparateurs , ; ou tabulation sont détectés sur l’en-tête. Dates : AAAA-MM-JJ uniquement.")),
            ("STATUS:", LocalizedText(
                en: "missed (deadline passed; shows the rolled deadline), act-soon (within --horizon), notice-sent (awaiting confirmation; chase it 10 business days after sending, cancelctl's rule; late if sent after the deadline), unknown (facts missing), ok, no-deadline (nothing renews), cancelled (confirmed). Rows are sorted by the date of the next action.",
                fr: "missed (date limite passée ; montre la suivante), act-soon (dans l’horizon --horizon), notice-sent (en attente de confirmation ; relancer 10 jours ouvrés après l’envoi, règle de cancelctl ; en retard si envoyé après la date limite), unknown (faits manquants), ok, no-deadline (rien ne se renouvelle), cancelled (confirmée). Les lignes sont triées par la date de la prochaine action.")),
            ("EXIT CODES:", LocalizedText(
                en: "0 every row planned; 65 a row was rejected (the first 20 on stderr with their line, then counts by kind; all of them in --errors); 64 usage; 73 --output or --errors not writable; 74 input unreadable or output failed.",
                fr: "0 toutes les lignes planifiées ; 65 une ligne rejetée (les 20 premières sur stderr avec leur numéro, puis le nombre par type ; toutes dans --errors) ; 64 usage ; 73 --output ou --errors non inscriptible ; 74 entrée illisible ou échec d’écriture de la sortie.")),
        ]
    }
}
