import CancelCore

extension Command {
    /// `cancelctl vendors`: the registry's vendors and their products.
    static let vendors = Command(
        name: "vendors",
        overview: LocalizedText(en: "List the vendors and their products.", fr: "Lister les fournisseurs et leurs produits."),
        options: [.format(["text", "json"]), .lang],
        formats: ["text", "json"],
        examples: ["cancelctl vendors --format json"],
        parse: { arguments, _ in
            VendorsRequest(json: arguments.format == "json", language: arguments.language)
        })
}
