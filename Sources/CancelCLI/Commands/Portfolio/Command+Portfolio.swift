import CancelCore

extension OptionSpec {
    static let portfolioInput = OptionSpec(name: "input", valueName: "<csv|jsonl>", help: LocalizedText(
        en: "Input format (default: detected: a line starting with { is JSON Lines).",
        fr: "Format d’entrée (par défaut : détecté : une ligne commençant par { est du JSON Lines)."))
    static let portfolioSort = OptionSpec(name: "sort", valueName: "<urgency|input>", help: LocalizedText(
        en: "Row order: most urgent first (default), or file order, streamed in constant memory.",
        fr: "Ordre des lignes : les plus urgentes d’abord (par défaut), ou l’ordre du fichier, en flux à mémoire constante."))
    static let portfolioHorizon = OptionSpec(name: "horizon", valueName: "<days>", help: LocalizedText(
        en: "A deadline within this many days is act-soon (default: 30).",
        fr: "Une date limite à moins de ce nombre de jours est act-soon (par défaut : 30)."))
    static let portfolioErrors = OptionSpec(name: "errors", valueName: "<path>", help: LocalizedText(
        en: "Write the rejected rows, unchanged (with the header), to this file to fix and feed back.",
        fr: "Écrire les lignes rejetées, inchangées (avec l’en-tête), dans ce fichier à corriger et relire."))
}

extension Command {
    /// `cancelctl portfolio FILE|-`: every subscription of a file, triaged.
    static let portfolio = Command(
        name: "portfolio",
        overview: LocalizedText(en: "Triage every subscription of a CSV or JSON Lines file by its next deadline.",
                                fr: "Trier chaque abonnement d’un fichier CSV ou JSON Lines selon sa prochaine date limite."),
        positional: "<file|->", maxPositionals: 1, requiresPositional: true,
        options: [.portfolioInput, .format(PortfolioFormat.allCases.map(\.rawValue)), .portfolioSort, .portfolioHorizon,
                  .today, .lang, .output, .portfolioErrors],
        formats: PortfolioFormat.allCases.map(\.rawValue),
        examples: [
            "cancelctl portfolio subscriptions.csv --horizon 45",
            "cancelctl portfolio subscriptions.csv --format ics --output deadlines.ics",
            "cat subs.jsonl | cancelctl portfolio - --sort input --format jsonl \\",
            "                   --errors rejected.jsonl",
        ],
        sections: PortfolioHelp.sections,
        parse: { arguments, parser throws(UsageError) in try parser.portfolioRequest(arguments) })
}

extension CommandLineParser {
    /// `portfolio FILE|-` and its options, already split by the table.
    func portfolioRequest(_ arguments: ParsedArguments) throws(UsageError) -> PortfolioRequest {
        let command = arguments.command
        guard let input = arguments.positionals.first, !input.isEmpty else {
            throw UsageError(LocalizedText(
                en: arguments.positionals.isEmpty ? "missing the portfolio file: give a path, or - for standard input."
                    : "the portfolio file path is empty: give a path, or - for standard input.",
                fr: arguments.positionals.isEmpty ? "fichier du portefeuille manquant : donnez un chemin, ou - pour l’entrée standard."
                    : "le chemin du fichier du portefeuille est vide : donnez un chemin, ou - pour l’entrée standard."), subcommand: command)
        }
        var request = PortfolioRequest(input: input, today: try planDate(arguments), language: arguments.language)
        request.format = PortfolioFormat(rawValue: arguments.format) ?? .text
        request.output = try outputPath(arguments)
        if let raw = arguments["input"] {
            guard let format = PortfolioInputFormat(rawValue: raw) else {
                throw UsageError(InputError.notAccepted(raw, for: "--input", accepted: PortfolioInputFormat.allCases.map(\.rawValue)), subcommand: command)
            }
            request.inputFormat = format
        }
        if let raw = arguments["sort"] {
            guard let sort = PortfolioSort(rawValue: raw) else {
                throw UsageError(InputError.notAccepted(raw, for: "--sort", accepted: PortfolioSort.allCases.map(\.rawValue)), subcommand: command)
            }
            request.sort = sort
        }
        request.errorsPath = arguments["errors"]
        if let raw = arguments["horizon"] {
            let range = PortfolioTriage.horizonRange
            guard raw.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let days = Int(raw), range.contains(days) else {
                throw UsageError(InputError(value: raw, option: "--horizon",
                                            reason: LocalizedText(en: "is not accepted", fr: "n’est pas accepté"),
                                            accepted: LocalizedText(en: "a whole number of days from \(range.lowerBound) to \(range.upperBound)",
                                                                    fr: "un nombre entier de jours de \(range.lowerBound) à \(range.upperBound)")),
                                 subcommand: command)
            }
            request.horizon = days
        }
        return request
    }
}
