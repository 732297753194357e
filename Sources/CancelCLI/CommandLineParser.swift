import CancelCore

/// Turns arguments into an ``Invocation``: a pure function of the
/// arguments, the environment, today's date and the registry, so it is
/// tested without spawning a process.
public struct CommandLineParser: Sendable {
    public let registry: VendorRegistry
    public let environment: [String: String]
    public let today: CalendarDate

    public init(registry: VendorRegistry, environment: [String: String], today: CalendarDate) {
        self.registry = registry
        self.environment = environment
        self.today = today
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
        guard let subcommand = Subcommand(rawValue: first) else {
            let names = Subcommand.allCases.map(\.rawValue)
            if first.hasPrefix("-") {
                throw UsageError(InputError.notAccepted(first, for: "option", accepted: ["--help", "--version"] + names), subcommand: nil)
            }
            throw UsageError(InputError.notAccepted(first, for: "subcommand", accepted: names), subcommand: nil)
        }
        let rest = Array(arguments.dropFirst())
        if subcommand == .help {
            return try parseHelp(rest, language: language)
        }
        if subcommand == .portfolio {
            return try parsePortfolio(rest, language: language)
        }
        let values = try options(rest, for: subcommand)
        if values["help"] != nil { return .help(subcommand, language) }
        if let raw = values["lang"], Language(rawValue: raw) == nil {
            throw UsageError(InputError.notAccepted(raw, for: "--lang", accepted: Language.allCases.map(\.rawValue)), subcommand: subcommand)
        }
        let format = try outputFormat(values, subcommand)
        switch subcommand {
        case .vendors:
            return .vendors(format: format, language: language)
        case .explain:
            let vendor = try vendorID(values, subcommand)
            return .explain(vendor: vendor, format: format, language: language)
        case .plan:
            return .plan(try planRequest(values, language: language, format: format))
        case .notice:
            return .notice(NoticeRequest(plan: try planRequest(values, language: language, format: format, subcommand: .notice),
                                         details: noticeDetails(values)))
        case .help, .portfolio:
            return .help(nil, language)
        }
    }

    func parseHelp(_ rest: [String], language: Language) throws(UsageError) -> Invocation {
        var topics: [String] = []
        var options: [String] = []
        var index = 0
        while index < rest.count {
            let argument = rest[index]
            index += 1
            if argument == "--lang", index < rest.count {
                options += [argument, rest[index]]
                index += 1
            } else if argument.hasPrefix("-") {
                options.append(argument)
            } else {
                topics.append(argument)
            }
        }
        _ = try self.options(options, for: .help)
        guard topics.count <= 1 else {
            throw UsageError(LocalizedText(en: "help takes at most one subcommand, got '\(topics.joined(separator: " "))'.",
                                           fr: "help prend au plus une sous-commande, reçu « \(topics.joined(separator: " ")) »."), subcommand: .help)
        }
        guard let topic = topics.first else { return .help(nil, language) }
        guard let subcommand = Subcommand(rawValue: topic) else {
            throw UsageError(InputError.notAccepted(topic, for: "subcommand", accepted: Subcommand.allCases.map(\.rawValue)), subcommand: .help)
        }
        return .help(subcommand, language)
    }

    /// Option values by name; switches map to "true".
    func options(_ arguments: [String], for subcommand: Subcommand) throws(UsageError) -> [String: String] {
        let specs = OptionSpec.options(for: subcommand)
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "-h" { values["help"] = "true"; continue }
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw UsageError(LocalizedText(en: "unexpected argument '\(argument)'; \(subcommand.rawValue) takes only options (see 'cancelctl help \(subcommand.rawValue)').",
                                               fr: "argument inattendu « \(argument) » ; \(subcommand.rawValue) ne prend que des options (voir « cancelctl help \(subcommand.rawValue) »)."),
                                 subcommand: subcommand)
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                throw UsageError(InputError.notAccepted("--" + name, for: "option", accepted: specs.map(\.flag)), subcommand: subcommand)
            }
            guard values[name] == nil else {
                throw UsageError(LocalizedText(en: "option '--\(name)' is given more than once; give it once.",
                                               fr: "l’option « --\(name) » est donnée plusieurs fois ; donnez-la une seule fois."),
                                 subcommand: subcommand)
            }
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError(LocalizedText(en: "option '--\(name)' needs a value: \(spec.valueName ?? "").",
                                                   fr: "l’option « --\(name) » attend une valeur : \(spec.valueName ?? "")."),
                                     subcommand: subcommand)
                }
                // `--seats ""` is a mistake (an unset shell variable), not "not given".
                guard !value.allSatisfy({ $0 == " " || $0 == "\t" }) else {
                    throw UsageError(LocalizedText(en: "option '--\(name)' has an empty value; give \(spec.valueName ?? "a value") or leave the option out.",
                                                   fr: "l’option « --\(name) » a une valeur vide ; donnez \(spec.valueName ?? "une valeur") ou omettez l’option."),
                                     subcommand: subcommand)
                }
                values[name] = value
            } else {
                values[name] = inlineValue ?? "true"
            }
        }
        return values
    }

    func outputFormat(_ values: [String: String], _ subcommand: Subcommand) throws(UsageError) -> OutputFormat {
        guard let raw = values["format"] else { return .text }
        let accepted = OutputFormat.accepted(by: subcommand)
        guard let format = OutputFormat(rawValue: raw), accepted.contains(format) else {
            throw UsageError(InputError.notAccepted(raw, for: "--format", accepted: accepted.map(\.rawValue)), subcommand: subcommand)
        }
        return format
    }

    /// The `--vendor` value: for `explain`, a registered vendor; for `plan`
    /// and `notice`, also any vendor cancelctl has no rules for (planned from
    /// its contract terms), but never a near miss of a registered id.
    func vendorID(_ values: [String: String], _ subcommand: Subcommand) throws(UsageError) -> String {
        guard let vendor = values["vendor"], !vendor.isEmpty else {
            throw UsageError(LocalizedText(en: "missing '--vendor <id>'; one of: \(registry.ids.joined(separator: ", ")).",
                                           fr: "« --vendor <id> » manquant ; l’un de : \(registry.ids.joined(separator: ", ")).") ,
                             subcommand: subcommand)
        }
        do {
            if subcommand == .explain {
                return try registry.policy(id: vendor).description.id
            }
            switch try registry.resolve(vendor) {
            case .registered(let policy): return policy.description.id
            case .unlisted(let name): return name
            }
        } catch {
            throw UsageError(error.withOptionPrefix, subcommand: subcommand)
        }
    }

    func planRequest(_ values: [String: String], language: Language, format: OutputFormat,
                     subcommand: Subcommand = .plan) throws(UsageError) -> PlanRequest {
        let vendor = try vendorID(values, subcommand)
        let output = try outputPath(values, subcommand)
        var planDate = today
        var raw: [Fact: String] = [:]
        for fact in Fact.allCases {
            if let value = values[fact.rawValue] { raw[fact] = value }
        }
        do {
            if let text = values["today"] { planDate = try FactParser.date(text, "--today") }
            let products = registry.registered(vendor)?.description.products
            let facts = try FactParser.parse(raw, today: planDate, products: products)
            return PlanRequest(vendor: vendor, facts: facts, language: language, format: format, output: output)
        } catch {
            throw UsageError(error.withOptionPrefix, subcommand: subcommand)
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
