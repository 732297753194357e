import CancelCore
import CancelPortfolio

extension OptionSpec {
    static let portfolioInput = OptionSpec(name: "input", valueName: "<csv|jsonl>", help: LocalizedText(
        en: "Input format (default: detected: a line starting with { is JSON Lines).",
        fr: "Format d’entrée (par défaut : détecté : une ligne commençant par { est du JSON Lines)."))
    static let portfolioDelimiter = OptionSpec(name: "delimiter", valueName: "<comma|semicolon|tab>", help: LocalizedText(
        en: "CSV field separator (default: detected from the header line).",
        fr: "Séparateur des champs CSV (par défaut : détecté sur la ligne d’en-tête)."))
    static let portfolioFormat = OptionSpec(name: "format", valueName: "<text|csv|jsonl|json|ics>", help: LocalizedText(
        en: "Output format (default: text).", fr: "Format de sortie (par défaut : text)."))
    static let portfolioSort = OptionSpec(name: "sort", valueName: "<urgency|input>", help: LocalizedText(
        en: "Row order: most urgent first (default), or file order, streamed in constant memory.",
        fr: "Ordre des lignes : les plus urgentes d’abord (par défaut), ou l’ordre du fichier, en flux à mémoire constante."))
    static let portfolioHorizon = OptionSpec(name: "horizon", valueName: "<days>", help: LocalizedText(
        en: "A deadline within this many days is act-soon (default: 30).",
        fr: "Une date limite à moins de ce nombre de jours est act-soon (par défaut : 30)."))
    static let portfolioErrors = OptionSpec(name: "errors", valueName: "<path>", help: LocalizedText(
        en: "Write the rejected rows, unchanged (with the header), to this file to fix and feed back.",
        fr: "Écrire les lignes rejetées, inchangées (avec l’en-tête), dans ce fichier à corriger et relire."))

    static let portfolioOptions: [OptionSpec] = [.portfolioInput, .portfolioDelimiter, .portfolioFormat, .portfolioSort, .portfolioHorizon,
                                                 .today, .lang, .portfolioErrors, .help]
}

extension CommandLineParser {
    /// `portfolio FILE|-` and its options.
    func parsePortfolio(_ rest: [String], language: Language) throws(UsageError) -> Invocation {
        let specs = OptionSpec.portfolioOptions
        var positional: [String] = []
        var flags: [String] = []
        var index = 0
        while index < rest.count {
            let argument = rest[index]
            index += 1
            if argument == "-" || !argument.hasPrefix("-") {
                positional.append(argument)
                continue
            }
            flags.append(argument)
            let name = String(argument.dropFirst(2))
            if !name.contains("="), specs.first(where: { $0.name == name })?.takesValue == true,
               index < rest.count, !rest[index].hasPrefix("--") {
                flags.append(rest[index])
                index += 1
            }
        }
        let values = try options(flags, for: .portfolio)
        if values["help"] != nil { return .help(.portfolio, language) }
        if let raw = values["lang"], Language(rawValue: raw) == nil {
            throw UsageError(InputError.notAccepted(raw, for: "--lang", accepted: Language.allCases.map(\.rawValue)), subcommand: .portfolio)
        }
        if positional == [""] {
            throw UsageError(LocalizedText(en: "the portfolio file path is empty: give a path, or - for standard input.",
                                           fr: "le chemin du fichier du portefeuille est vide : donnez un chemin, ou - pour l’entrée standard."),
                             subcommand: .portfolio)
        }
        guard positional.count == 1, let input = positional.first, !input.isEmpty else {
            throw UsageError(LocalizedText(
                en: positional.isEmpty ? "missing the portfolio file: give a path, or - for standard input."
                    : "portfolio takes one file, got '\(positional.joined(separator: " "))'.",
                fr: positional.isEmpty ? "fichier du portefeuille manquant : donnez un chemin, ou - pour l’entrée standard."
                    : "portfolio prend un seul fichier, reçu « \(positional.joined(separator: " ")) »."), subcommand: .portfolio)
        }
        var request = PortfolioRequest(input: input, today: today, language: language)
        if let raw = values["format"] {
            guard let format = PortfolioFormat(rawValue: raw) else {
                throw UsageError(InputError.notAccepted(raw, for: "--format", accepted: PortfolioFormat.allCases.map(\.rawValue)), subcommand: .portfolio)
            }
            request.format = format
        }
        if let raw = values["input"] {
            guard let format = PortfolioInputFormat(rawValue: raw) else {
                throw UsageError(InputError.notAccepted(raw, for: "--input", accepted: PortfolioInputFormat.allCases.map(\.rawValue)), subcommand: .portfolio)
            }
            request.inputFormat = format
        }
        if let raw = values["delimiter"] {
            guard let delimiter = CSVDelimiter(argument: raw) else {
                throw UsageError(InputError.notAccepted(raw, for: "--delimiter", accepted: CSVDelimiter.allCases.map(\.rawValue)), subcommand: .portfolio)
            }
            request.delimiter = delimiter
        }
        if let raw = values["sort"] {
            guard let sort = PortfolioSort(rawValue: raw) else {
                throw UsageError(InputError.notAccepted(raw, for: "--sort", accepted: PortfolioSort.allCases.map(\.rawValue)), subcommand: .portfolio)
            }
            request.sort = sort
        }
        if let raw = values["errors"] {
            guard !raw.isEmpty else {
                throw UsageError(LocalizedText(en: "option '--errors' needs a file path.", fr: "l’option « --errors » attend un chemin de fichier."), subcommand: .portfolio)
            }
            request.errorsPath = raw
        }
        if let raw = values["horizon"] {
            let range = PortfolioTriage.horizonRange
            guard raw.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let days = Int(raw), range.contains(days) else {
                throw UsageError(InputError(value: raw, option: "--horizon",
                                            reason: LocalizedText(en: "is not accepted", fr: "n’est pas accepté"),
                                            accepted: LocalizedText(en: "a whole number of days from \(range.lowerBound) to \(range.upperBound)",
                                                                    fr: "un nombre entier de jours de \(range.lowerBound) à \(range.upperBound)")),
                                 subcommand: .portfolio)
            }
            request.horizon = days
        }
        do {
            if let raw = values["today"] { request.today = try FactParser.date(raw, "--today") }
        } catch {
            throw UsageError(error, subcommand: .portfolio)
        }
        return .portfolio(request)
    }
}
