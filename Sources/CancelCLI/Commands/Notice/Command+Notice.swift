import CancelCore

extension Command {
    /// `cancelctl notice`: the message the vendor's channel needs.
    static let notice = Command(
        name: "notice",
        overview: LocalizedText(en: "Write the cancellation notice (letter, call script or click path) for one account.",
                                fr: "Rédiger la demande de résiliation (courrier, script d’appel ou parcours de clics) d’un compte."),
        options: [.vendor] + OptionSpec.facts + [.company, .account, .signer, .today, .lang, .format(["text", "json"]), .output],
        formats: ["text", "json"],
        examples: [
            "cancelctl notice --vendor aircall --seats 40 --renewal 2027-01-31 \\",
            "                 --company \"Acme SAS\" --lang fr",
            "cancelctl notice --vendor intercom --billing annual --renewal 2027-03-01 \\",
            "                 --notice-days 30 --format json",
        ],
        parse: { arguments, parser throws(UsageError) in
            NoticeRequest(plan: try parser.planRequest(arguments),
                          details: NoticeDetails(company: try parser.oneLine(arguments, "company"),
                                                 account: try parser.oneLine(arguments, "account"),
                                                 signer: try parser.oneLine(arguments, "signer")))
        })
}
