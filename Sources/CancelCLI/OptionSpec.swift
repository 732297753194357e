import CancelCore

/// A command-line option a subcommand accepts.
struct OptionSpec: Sendable {
    let name: String
    /// The value's placeholder in help (`<id>`); nil for a switch.
    let valueName: String?
    let help: LocalizedText

    var takesValue: Bool { valueName != nil }
    var flag: String { "--" + name }

    static let vendor = OptionSpec(name: "vendor", valueName: "<id>", help: LocalizedText(en: "The vendor (see 'cancelctl vendors').", fr: "Le fournisseur (voir « cancelctl vendors »)."))
    static let today = OptionSpec(name: "today", valueName: "<yyyy-mm-dd>", help: LocalizedText(en: "Plan as of this date (default: the system's date).", fr: "Planifier à cette date (par défaut : la date du système)."))
    static let lang = OptionSpec(name: "lang", valueName: "<en|fr>", help: LocalizedText(en: "Language (default: LC_ALL, LC_MESSAGES or LANG, else en).", fr: "Langue (par défaut : LC_ALL, LC_MESSAGES ou LANG, sinon en)."))
    static let format = OptionSpec(name: "format", valueName: "<text|json>", help: LocalizedText(en: "Output format (default: text).", fr: "Format de sortie (par défaut : text)."))
    static let help = OptionSpec(name: "help", valueName: nil, help: LocalizedText(en: "Show help information.", fr: "Afficher l’aide."))

    /// One option per account fact, named as the fact.
    static func fact(_ fact: Fact) -> OptionSpec {
        let valueName = fact.valueName
        return OptionSpec(name: fact.rawValue, valueName: valueName, help: fact.meaning)
    }

    static func options(for subcommand: Subcommand) -> [OptionSpec] {
        switch subcommand {
        case .plan: return [.vendor] + Fact.allCases.map(fact) + [.today, .lang, .planFormat, .output, .help]
        case .notice: return [.vendor] + Fact.allCases.map(fact) + [.company, .account, .signer, .today, .lang, .format, .output, .help]
        case .vendors: return [.format, .lang, .help]
        case .explain: return [.vendor, .format, .lang, .help]
        case .help: return [.lang, .help]
        case .portfolio: return portfolioOptions
        }
    }
}
