import CancelCore

/// A command-line option a subcommand accepts, with its help.
struct OptionSpec: Sendable {
    let name: String
    /// The value's placeholder in help (`<id>`); nil for a switch.
    let valueName: String?
    let help: LocalizedText
    /// Shown without brackets in the usage line.
    var required = false

    var takesValue: Bool { valueName != nil }
    var flag: String { "--" + name }
    /// `--vendor <id>`, or `--trial` for a switch.
    var synopsis: String { flag + (valueName.map { " " + $0 } ?? "") }

    static let today = OptionSpec(name: "today", valueName: "<yyyy-mm-dd>", help: LocalizedText(en: "Plan as of this date (default: the system's date).", fr: "Planifier à cette date (par défaut : la date du système)."))
    static let lang = OptionSpec(name: "lang", valueName: "<en|fr>", help: LocalizedText(en: "Language (default: LC_ALL, LC_MESSAGES or LANG, else en).", fr: "Langue (par défaut : LC_ALL, LC_MESSAGES ou LANG, sinon en)."))
    static let help = OptionSpec(name: "help", valueName: nil, help: LocalizedText(en: "Show help information.", fr: "Afficher l’aide."))

    /// `--format` with the values a command accepts, the first the default.
    static func format(_ formats: [String], help: LocalizedText? = nil) -> OptionSpec {
        let list = formats.joined(separator: ", ")
        let first = formats.first ?? "text"
        return OptionSpec(name: "format", valueName: "<" + formats.joined(separator: "|") + ">",
                          help: help ?? LocalizedText(en: "Output format: \(list); default: \(first).",
                                                      fr: "Format de sortie : \(list) ; par défaut : \(first)."))
    }

    /// One option per account fact, named as the fact, with the fact's own
    /// placeholder: a new ``Fact`` needs no code here.
    static func fact(_ fact: Fact) -> OptionSpec {
        OptionSpec(name: fact.rawValue, valueName: fact.valueName, help: fact.meaning)
    }

    /// Every fact, in ``Fact``'s order.
    static var facts: [OptionSpec] { Fact.allCases.map(fact) }
}
