import CancelCore

/// Help in swift-argument-parser's layout, derived from ``CommandTable``:
/// OVERVIEW, USAGE, OPTIONS, then SUBCOMMANDS or the command's own
/// sections and EXAMPLES. Headings stay in English in every language, like
/// flags and JSON keys; the text under them is translated.
public struct HelpText: Sendable {
    public let registry: VendorRegistry
    public let language: Language

    public init(registry: VendorRegistry, language: Language) {
        self.registry = registry
        self.language = language
    }

    public func full(for command: Command?) -> String {
        let l = language
        var lines = TextWrapper.hanging(overview(command)[l], firstPrefix: "OVERVIEW: ") + [""]
        lines += usageLines(command) + [""]
        lines.append("OPTIONS:")
        guard let command else {
            lines.append(row("--version", LocalizedText(en: "Show the version.", fr: "Afficher la version.")[l]))
            lines.append(row("-h, --help", OptionSpec.help.help[l]))
            lines.append("")
            lines.append("SUBCOMMANDS:")
            for command in CommandTable.all {
                lines.append(row(command.name, command.overview[l]))
            }
            lines.append("")
            lines.append("  " + LocalizedText(en: "See 'cancelctl help <subcommand>' for detailed help.",
                                              fr: "Voir « cancelctl help <sous-commande> » pour l’aide détaillée.")[l])
            return lines.joined(separator: "\n") + "\n"
        }
        for spec in command.options {
            lines.append(row(spec.synopsis, optionHelp(spec)[l]))
        }
        for section in command.sections {
            lines += ["", section.heading] + TextWrapper.wrap(section.body[l], width: 78).map { "  " + $0 }
        }
        if !command.examples.isEmpty {
            lines += ["", "EXAMPLES:"] + command.examples.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The short form shown under an error.
    public func short(for command: Command?) -> String {
        let name = command.map { "cancelctl help " + $0.name } ?? "cancelctl --help"
        return usageLines(command).joined(separator: "\n") + "\n  " +
            LocalizedText(en: "See '\(name)' for more information.", fr: "Voir « \(name) » pour plus d’informations.")[language] + "\n"
    }

    /// The usage after `USAGE: `, wrapped at 80 columns between options,
    /// never inside `[--option <value>]`.
    func usageLines(_ command: Command?) -> [String] {
        let prefix = "USAGE: "
        var lines = [prefix]
        for word in usageWords(command) {
            let last = lines[lines.count - 1]
            let blank = last.count == prefix.count
            if !blank && last.count + 1 + word.count > 80 {
                lines.append(String(repeating: " ", count: prefix.count) + word)
            } else {
                lines[lines.count - 1] = last + (blank ? "" : " ") + word
            }
        }
        return lines
    }

    /// `cancelctl NAME <positional> --required <v> [--optional <v>] ...`.
    func usageWords(_ command: Command?) -> [String] {
        guard let command else { return ["cancelctl", "<subcommand>"] }
        var words = ["cancelctl", command.name]
        if let positional = command.positional {
            words.append(command.requiresPositional ? positional : "[" + positional + "]")
        }
        let shown = command.options.filter { $0.name != "help" }
        words += shown.filter(\.required).map(\.synopsis)
        words += shown.filter { !$0.required }.map { "[" + $0.synopsis + "]" }
        return words
    }

    func overview(_ command: Command?) -> LocalizedText {
        command?.overview ?? LocalizedText(en: "Plan the cancellation of a SaaS subscription: channel, roles, deadlines, steps and sources.",
                                           fr: "Planifier la résiliation d’un abonnement SaaS : canal, rôles, dates limites, étapes et sources.")
    }

    /// The option's help, with the registry's vendors and products where
    /// the list depends on what is built in.
    func optionHelp(_ spec: OptionSpec) -> LocalizedText {
        switch spec.name {
        case "vendor":
            let ids = registry.ids.joined(separator: ", ")
            return LocalizedText(en: "The vendor: \(ids).", fr: "Le fournisseur : \(ids).")
        case "product":
            func list(_ l: Language) -> String {
                registry.descriptions.filter { $0.products.count > 1 }
                    .map { $0.id + TextLabels.colon(l) + $0.products.map(\.id).joined(separator: "|") }
                    .joined(separator: l == .fr ? " ; " : "; ")
            }
            return LocalizedText(en: "Product or edition (\(list(.en))); default: the first.",
                                 fr: "Produit ou édition (\(list(.fr))) ; par défaut : le premier.")
        default:
            return spec.help
        }
    }

    func row(_ left: String, _ right: String) -> String {
        let padded = "  " + left
        let column = 28
        let wrapped = TextWrapper.wrap(right, width: 80 - column)
        let pad = String(repeating: " ", count: column)
        guard padded.count < column else {
            return padded + "\n" + wrapped.map { pad + $0 }.joined(separator: "\n")
        }
        var lines = [padded + String(repeating: " ", count: column - padded.count) + (wrapped.first ?? "")]
        lines += wrapped.dropFirst().map { pad + $0 }
        return lines.joined(separator: "\n")
    }
}
