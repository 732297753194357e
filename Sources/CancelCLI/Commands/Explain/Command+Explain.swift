import CancelCore

extension Command {
    /// `cancelctl explain`: one vendor's rules with their sources.
    static let explain = Command(
        name: "explain",
        overview: LocalizedText(en: "Show a vendor's rules and their sources.", fr: "Montrer les règles d’un fournisseur et leurs sources."),
        options: [.vendor, .format(["text", "json"]), .lang],
        formats: ["text", "json"],
        examples: ["cancelctl explain --vendor whc"],
        parse: { arguments, parser throws(UsageError) in
            ExplainRequest(vendor: try parser.vendorID(arguments, registeredOnly: true), json: arguments.format == "json", language: arguments.language)
        })
}
