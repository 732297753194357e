import CancelCore
import CancelPortfolio

/// Help in swift-argument-parser's layout: OVERVIEW, USAGE, OPTIONS,
/// SUBCOMMANDS.
public struct HelpText: Sendable {
    public let registry: VendorRegistry
    public let language: Language

    public init(registry: VendorRegistry, language: Language) {
        self.registry = registry
        self.language = language
    }

    public func full(for subcommand: Subcommand?) -> String {
        let l = language
        var lines = TextWrapper.hanging(overview(subcommand)[l], firstPrefix: "OVERVIEW: ") + [""]
        lines += TextWrapper.hanging(usage(subcommand), firstPrefix: "USAGE: ") + [""]
        lines.append("OPTIONS:")
        if let subcommand {
            for spec in OptionSpec.options(for: subcommand) {
                lines.append(row(spec.flag + (spec.valueName.map { " " + $0 } ?? ""), optionHelp(spec)[l]))
            }
        } else {
            lines.append(row("--version", LocalizedText(en: "Show the version.", fr: "Afficher la version.")[l]))
            lines.append(row("-h, --help", OptionSpec.help.help[l]))
            lines.append("")
            lines.append("SUBCOMMANDS:")
            for command in Subcommand.allCases {
                lines.append(row(command.rawValue, overview(command)[l]))
            }
            lines.append("")
            lines.append("  " + LocalizedText(en: "See 'cancelctl help <subcommand>' for detailed help.",
                                              fr: "Voir « cancelctl help <sous-commande> » pour l’aide détaillée.")[l])
        }
        if subcommand == .plan {
            lines.append("")
            lines.append(LocalizedText(en: "EXAMPLES:", fr: "EXEMPLES :")[l])
            lines.append("  cancelctl plan --vendor aircall --seats 40 --renewal 2027-01-31 \\")
            lines.append("                 --billing annual")
            lines.append("  cancelctl plan --vendor goto --product connect --renewal 2027-05-31 \\")
            lines.append("                 --format json")
            lines.append("  cancelctl plan --vendor aircall --seats 40 --renewal 2027-01-31 \\")
            lines.append("                 --format ics --output aircall.ics")
        }
        if subcommand == .notice {
            lines.append("")
            lines.append(LocalizedText(en: "EXAMPLES:", fr: "EXEMPLES :")[l])
            lines.append("  cancelctl notice --vendor aircall --seats 40 --renewal 2027-01-31 \\")
            lines.append("                   --company \"Acme SAS\" --lang fr")
            lines.append("  cancelctl notice --vendor intercom --billing annual --renewal 2027-03-01 \\")
            lines.append("                   --notice-days 30 --format json")
        }
        if subcommand == .portfolio {
            lines += [""] + PortfolioHelp.details(language)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The short form shown under an error.
    public func short(for subcommand: Subcommand?) -> String {
        let name = subcommand.map { "cancelctl help " + $0.rawValue } ?? "cancelctl --help"
        return TextWrapper.hanging(usage(subcommand), firstPrefix: "USAGE: ").joined(separator: "\n") + "\n  " +
            LocalizedText(en: "See '\(name)' for more information.", fr: "Voir « \(name) » pour plus d’informations.")[language] + "\n"
    }

    public func usage(_ subcommand: Subcommand?) -> String {
        guard let subcommand else { return "cancelctl <subcommand>" }
        switch subcommand {
        case .help: return "cancelctl help [<subcommand>]"
        case .vendors: return "cancelctl vendors [--format <text|json>] [--lang <en|fr>]"
        case .explain: return "cancelctl explain --vendor <id> [--format <text|json>] [--lang <en|fr>]"
        case .portfolio: return "cancelctl portfolio <file|-> [--input <csv|jsonl>] [--delimiter <comma|semicolon|tab>] [--format <text|csv|jsonl|json|ics>] [--sort <urgency|input>] [--horizon <days>] [--today <yyyy-mm-dd>] [--errors <path>] [--lang <en|fr>]"
        case .plan, .notice:
            let options = OptionSpec.options(for: subcommand).filter { $0.name != "vendor" && $0.name != "help" }.map { spec -> String in
                "[" + spec.flag + (spec.valueName.map { " " + $0 } ?? "") + "]"
            }
            return "cancelctl \(subcommand.rawValue) --vendor <id> " + options.joined(separator: " ")
        }
    }

    func overview(_ subcommand: Subcommand?) -> LocalizedText {
        switch subcommand {
        case nil: return LocalizedText(en: "Plan the cancellation of a SaaS subscription: channel, roles, deadlines, steps and sources.",
                                       fr: "Planifier la résiliation d’un abonnement SaaS : canal, rôles, dates limites, étapes et sources.")
        case .plan: return LocalizedText(en: "Plan the cancellation of one account.", fr: "Planifier la résiliation d’un compte.")
        case .vendors: return LocalizedText(en: "List the vendors and their products.", fr: "Lister les fournisseurs et leurs produits.")
        case .explain: return LocalizedText(en: "Show a vendor's rules and their sources.", fr: "Montrer les règles d’un fournisseur et leurs sources.")
        case .notice: return LocalizedText(en: "Write the cancellation notice (letter, call script or click path) for one account.",
                                           fr: "Rédiger la demande de résiliation (courrier, script d’appel ou parcours de clics) d’un compte.")
        case .help: return LocalizedText(en: "Show subcommand help information.", fr: "Afficher l’aide d’une sous-commande.")
        case .portfolio: return LocalizedText(en: "Triage every subscription of a CSV or JSON Lines file by its next deadline.",
                                              fr: "Trier chaque abonnement d’un fichier CSV ou JSON Lines selon sa prochaine date limite.")
        }
    }

    func optionHelp(_ spec: OptionSpec) -> LocalizedText {
        switch spec.name {
        case "vendor":
            let ids = registry.ids.joined(separator: ", ")
            return LocalizedText(en: "The vendor: \(ids).", fr: "Le fournisseur : \(ids).")
        case "product":
            let list = registry.descriptions.filter { $0.products.count > 1 }
                .map { "\($0.id): " + $0.products.map(\.id).joined(separator: "|") }.joined(separator: "; ")
            return LocalizedText(en: "Product or edition (\(list)); default: the first.",
                                 fr: "Produit ou édition (\(list)) ; par défaut : le premier.")
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
