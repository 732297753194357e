import CancelCore

extension Command {
    /// `cancelctl help [<subcommand>]`.
    static let help = Command(
        name: "help",
        overview: LocalizedText(en: "Show subcommand help information.", fr: "Afficher l’aide d’une sous-commande."),
        positional: "<subcommand>", maxPositionals: 1,
        options: [.lang],
        examples: ["cancelctl help plan --lang fr"],
        parse: { arguments, _ throws(UsageError) in
            guard let topic = arguments.positionals.first else { return HelpRequest(topic: nil, language: arguments.language) }
            guard let command = Command(rawValue: topic) else {
                throw UsageError(InputError.notAccepted(topic, for: "subcommand", accepted: CommandTable.all.map(\.name)), subcommand: arguments.command)
            }
            return HelpRequest(topic: command, language: arguments.language)
        })
}
