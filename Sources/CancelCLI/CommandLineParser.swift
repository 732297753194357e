import CancelCore
import CancelPortfolio

/// Turns arguments into an ``Invocation``: a pure function of the
/// arguments, the environment, today's date and the registry, so it is
/// tested without spawning a process. Every subcommand is parsed the same
/// way, from its declaration in ``CommandTable``.
public struct CommandLineParser: Sendable {
    public let registry: VendorRegistry
    public let environment: [String: String]
    /// Today, asked only when `--today` is not given: the system's date reads
    /// the time zone file, which a plan for a given day does not need.
    private let clock: @Sendable () -> CalendarDate
    public var today: CalendarDate { clock() }

    public init(registry: VendorRegistry, environment: [String: String], today: CalendarDate) {
        self.init(registry: registry, environment: environment, clock: { today })
    }

    public init(registry: VendorRegistry, environment: [String: String], clock: @escaping @Sendable () -> CalendarDate) {
        self.registry = registry
        self.environment = environment
        self.clock = clock
    }

    /// The language for messages about these arguments: `--lang` when it is
    /// valid, else the environment's.
    public func language(for arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") {
                if let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
            } else if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        return Language.preferred(by: environment)
    }

    public func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        let language = language(for: arguments)
        guard let first = arguments.first else { return .help(nil, language) }
        switch first {
        case "--version": return .version
        case "-h", "--help": return .help(nil, language)
        default: break
        }
        let names = CommandTable.all.map(\.name)
        guard let command = Command(rawValue: first) else {
            if first.hasPrefix("-") {
                throw UsageError(InputError.notAccepted(first, for: "option", accepted: ["--help", "--version"] + names), subcommand: nil)
            }
            throw UsageError(InputError.notAccepted(first, for: "subcommand", accepted: names), subcommand: nil)
        }
        let parsed = try split(Array(arguments.dropFirst()), for: command, language: language)
        if parsed.values["help"] != nil { return .help(command, language) }
        return Invocation(try command.parse(parsed, self))
    }

    /// The arguments after the subcommand, checked against its declaration.
    func split(_ arguments: [String], for command: Command, language: Language) throws(UsageError) -> ParsedArguments {
        var values: [String: String] = [:]
        var positionals: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "-h" { values["help"] = "true"; continue }
            if argument == "-" || !argument.hasPrefix("-") {
                guard positionals.count < command.maxPositionals else { throw unexpected(argument, command, positionals) }
                positionals.append(argument)
                continue
            }
            var name = String(argument.drop { $0 == "-" })
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard argument.hasPrefix("--"), let spec = command.option(named: name) else {
                let shown = argument.hasPrefix("--") ? "--" + name : argument
                throw UsageError(InputError.notAccepted(shown, for: "option", accepted: command.options.map(\.flag)), subcommand: command)
            }
            guard values[name] == nil else {
                throw UsageError(LocalizedText(en: "option '--\(name)' is given more than once; give it once.",
                                               fr: "l’option « --\(name) » est donnée plusieurs fois ; donnez-la une seule fois."),
                                 subcommand: command)
            }
            guard let placeholder = spec.valueName else {
                values[name] = inlineValue ?? "true"
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(LocalizedText(en: "option '--\(name)' needs a value: \(placeholder).",
                                               fr: "l’option « --\(name) » attend une valeur : \(placeholder)."), subcommand: command)
            }
            // `--seats ""` is a mistake (an unset shell variable), not "not given".
            guard !value.allSatisfy({ $0 == " " || $0 == "\t" }) else {
                throw UsageError(LocalizedText(en: "option '--\(name)' has an empty value; give \(placeholder) or leave the option out.",
                                               fr: "l’option « --\(name) » a une valeur vide ; donnez \(placeholder) ou omettez l’option."),
                                 subcommand: command)
            }
            values[name] = value
        }
        if values["help"] == nil {
            if let raw = values["lang"], Language(rawValue: raw) == nil {
                throw UsageError(InputError.notAccepted(raw, for: "--lang", accepted: Language.allCases.map(\.rawValue)), subcommand: command)
            }
            if let raw = values["format"], !command.formats.contains(raw) {
                throw UsageError(InputError.notAccepted(raw, for: "--format", accepted: command.formats), subcommand: command)
            }
        }
        return ParsedArguments(command: command, values: values, positionals: positionals, language: language)
    }

    /// A positional argument the command has no room for.
    func unexpected(_ argument: String, _ command: Command, _ earlier: [String]) -> UsageError {
        let name = command.name
        let argument = UntrustedText.terminalSafe(argument)
        guard let placeholder = command.positional else {
            return UsageError(LocalizedText(en: "unexpected argument '\(argument)'; \(name) takes only options (see 'cancelctl help \(name)').",
                                            fr: "argument inattendu « \(argument) » ; \(name) ne prend que des options (voir « cancelctl help \(name) »)."),
                              subcommand: command)
        }
        let given = (earlier + [argument]).map { UntrustedText.terminalSafe($0) }.joined(separator: " ")
        return UsageError(LocalizedText(en: "\(name) takes at most \(command.maxPositionals) \(placeholder), got '\(given)'.",
                                        fr: "\(name) prend au plus \(command.maxPositionals) \(placeholder), reçu « \(given) »."),
                          subcommand: command)
    }

    /// The `--vendor` value: for `explain`, a registered vendor; for `plan`
    /// and `notice`, also any vendor cancelctl has no rules for (planned from
    /// its contract terms), but never a near miss of a registered id.
    func vendorID(_ arguments: ParsedArguments, registeredOnly: Bool = false) throws(UsageError) -> String {
        guard let vendor = arguments["vendor"], !vendor.isEmpty else {
            throw UsageError(LocalizedText(en: "missing '--vendor <id>'; one of: \(registry.ids.joined(separator: ", ")).",
                                           fr: "« --vendor <id> » manquant ; l’un de : \(registry.ids.joined(separator: ", ")).") ,
                             subcommand: arguments.command)
        }
        do {
            if registeredOnly {
                return try registry.policy(id: vendor).description.id
            }
            switch try registry.resolve(vendor) {
            case .registered(let policy): return policy.description.id
            case .unlisted(let name): return name
            }
        } catch {
            throw UsageError(error.withOptionPrefix, subcommand: arguments.command)
        }
    }

    /// `--today`, else the system's date.
    func planDate(_ arguments: ParsedArguments) throws(UsageError) -> CalendarDate {
        guard let text = arguments["today"] else { return today }
        do {
            return try FactParser.date(text, "--today")
        } catch {
            throw UsageError(error.withOptionPrefix, subcommand: arguments.command)
        }
    }

    /// The facts of `plan` and `notice`: one option per ``Fact``.
    func planRequest(_ arguments: ParsedArguments) throws(UsageError) -> PlanRequest {
        let vendor = try vendorID(arguments)
        let output = try outputPath(arguments)
        let planDate = try planDate(arguments)
        let account = try oneLine(arguments, "account")
        var raw: [Fact: String] = [:]
        for fact in Fact.allCases {
            if let value = arguments[fact.rawValue] { raw[fact] = value }
        }
        // `--vendor "GoTo Connect"` names the product too, unless --product does.
        if raw[.product] == nil, let typed = arguments["vendor"],
           let implied = registry.impliedProduct(forKey: VendorRegistry.matchKey(typed)) {
            raw[.product] = implied
        }
        do {
            let products = registry.registered(vendor)?.description.products
            let facts = try FactParser.parse(raw, today: planDate, products: products)
            return PlanRequest(vendor: vendor, facts: facts, language: arguments.language,
                               format: OutputFormat(rawValue: arguments.format) ?? .text, output: output,
                               account: account)
        } catch {
            throw UsageError(error.withOptionPrefix, subcommand: arguments.command)
        }
    }
}

extension InputError {
    /// The same error naming the option as typed (`--seats`).
    var withOptionPrefix: InputError {
        guard !option.hasPrefix("--") else { return self }
        return InputError(value: value, option: "--" + option, reason: reason, accepted: accepted, suggestion: suggestion)
    }
}
