/// What cancelctl can say about a vendor it has no rules for: nothing of
/// the vendor's own, only the user's contract terms and general practice.
public enum UnlistedVendor {
    /// The general practice every unlisted plan's steps cite.
    /// Not a published document: no address, and not the vendor's word.
    public static let practice = Source(
        id: "cancelctl-general-practice",
        localizedTitle: LocalizedText(en: "cancelctl: general practice for cancelling a subscription (no vendor source)",
                                      fr: "cancelctl : pratique générale pour résilier un abonnement (aucune source du fournisseur)"),
        publisher: "cancelctl", official: false, url: "", language: "")

    /// The id of ``contract(_:)``, whatever the vendor.
    static let contractID: StaticString = "your-contract"

    /// The section of the contract an unlisted plan's dates cite: the same
    /// for every vendor, so a portfolio row need not build the contract
    /// (its titles interpolate the name) to cite it.
    public static let noticeClause = Citation(source: contractID, section: "notice clause")

    /// The user's own contract, which the dates rest on.
    public static func contract(_ name: String) -> Source {
        // The vendor's own signed terms, kept by the user: no public address.
        Source(id: contractID,
               localizedTitle: LocalizedText(en: "Your signed contract with \(name) (its cancellation or notice clause)",
                                             fr: "Votre contrat signé avec \(name) (sa clause de résiliation ou de préavis)"),
               publisher: name, official: true, url: "", language: "")
    }

    static let steps = practice.section("steps")
    static let preparation = practice.section("before-cancelling")
    static let afterwards = practice.section("after-cancelling")

    /// The description of an unlisted vendor, named as the user typed it.
    public static func description(name: String) -> VendorDescription {
        let contract = contract(name)
        let clause = contract.section("notice clause")
        func use(_ fact: Fact, _ en: String, _ fr: String) -> FactUse {
            FactUse(fact, whereToFind: LocalizedText(en: en, fr: fr), citation: clause)
        }
        return VendorDescription(
            id: id(for: name), name: name, products: [],
            facts: [
                use(.renewal, "your contract or the latest invoice: the day the current term ends",
                    "votre contrat ou la dernière facture : le jour où la période en cours se termine"),
                use(.termMonths, "your contract: the length of the current commitment",
                    "votre contrat : la durée de l’engagement en cours"),
                use(.noticeDays, "your contract’s cancellation or notice clause (--notice-days or --notice-months)",
                    "la clause de résiliation ou de préavis de votre contrat (--notice-days ou --notice-months)"),
                use(.channel, "your contract’s notice clause: how notice must be given (in the product, by email, through support, or to your account manager)",
                    "la clause de préavis de votre contrat : comment résilier (dans le produit, par e-mail, via l’assistance ou auprès de votre gestionnaire de compte)"),
                use(.contact, "your contract’s notice clause, or the vendor’s billing or support pages",
                    "la clause de préavis de votre contrat, ou les pages facturation ou assistance du fournisseur"),
            ],
            sources: [contract, practice], rules: [], examples: [])
    }

    /// A stable id from a typed name: lower case, trimmed.
    public static func id(for name: String) -> String {
        name.trimmingSpaces.lowercased()
    }
}
