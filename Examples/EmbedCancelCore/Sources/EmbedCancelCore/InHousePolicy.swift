import CancelCore

/// A vendor this host tool knows and cancelctl does not ship: written like
/// any built-in vendor (see Plugins.md), registered only here.
struct InHousePolicy: VendorPolicy {
    static let source = Source(id: "inhouse-terms", title: "In-house tool: terms of service", publisher: "In-house tool",
                               official: true, url: "https://intranet.example/inhouse/terms", language: "en")
    static let noticeSection = source.section("Termination")

    static let description = VendorDescription(
        id: "inhouse",
        name: "In-house tool",
        products: [Product(id: "seat", name: LocalizedText(en: "In-house seat", fr: "Siège maison"))],
        facts: [FactUse(.renewal, whereToFind: LocalizedText(en: "the licence register", fr: "le registre des licences"), citation: noticeSection),
                FactUse(.billing, whereToFind: LocalizedText(en: "the licence register", fr: "le registre des licences"), citation: noticeSection),
                FactUse(.termMonths, whereToFind: LocalizedText(en: "the licence contract", fr: "le contrat de licence"), citation: noticeSection)],
        sources: [source],
        rules: [PolicyRule(id: "fourteen-days", LocalizedText(en: "Email the tools team 14 days before renewal.",
                                                               fr: "Écrivez à l’équipe outils 14 jours avant le renouvellement."), citation: noticeSection)],
        examples: [VendorExample("fourteen days ahead", today: "2026-11-23", facts: [.renewal: "2027-01-31", .billing: "annual"],
                                 expect: .init(channel: .email, roles: [.billingContact], noticeDeadline: "2027-01-17", effectiveEndDate: "2027-01-31"))])

    func plan(for facts: AccountFacts) -> InHousePlan { InHousePlan(facts: facts) }
}
