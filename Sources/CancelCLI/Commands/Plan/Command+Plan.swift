import CancelCore

extension OptionSpec {
    static let vendor = OptionSpec(name: "vendor", valueName: "<id>", help: LocalizedText(en: "The vendor (see 'cancelctl vendors').", fr: "Le fournisseur (voir « cancelctl vendors »)."),
                                   required: true)
}

extension Command {
    /// `cancelctl plan`: one account's plan in text, JSON, Markdown or a calendar.
    static let plan = Command(
        name: "plan",
        overview: LocalizedText(en: "Plan the cancellation of one account.", fr: "Planifier la résiliation d’un compte."),
        options: [.vendor] + OptionSpec.facts + [.account, .today, .lang,
            .format(OutputFormat.allCases.map(\.rawValue),
                    help: LocalizedText(en: "Output format: text, json, markdown (checklist) or ics (calendar); default: text.",
                                        fr: "Format de sortie : text, json, markdown (liste de contrôle) ou ics (calendrier) ; par défaut : text.")),
            .output],
        formats: OutputFormat.allCases.map(\.rawValue),
        examples: [
            "cancelctl plan --vendor aircall --seats 40 --renewal 2027-01-31 \\",
            "               --billing annual",
            "cancelctl plan --vendor goto --product connect --renewal 2027-05-31 \\",
            "               --format json",
            "cancelctl plan --vendor aircall --seats 40 --renewal 2027-01-31 \\",
            "               --account AC-1042 --format ics --output aircall.ics",
        ],
        parse: { arguments, parser throws(UsageError) in try parser.planRequest(arguments) })
}
