/// A gap in a notice the user must fill before sending it. The token is
/// bracketed twice and upper-case so it cannot pass for real text.
public struct NoticePlaceholder: Hashable, Sendable {
    /// Kebab-case, stable: JSON consumers match on it.
    public let id: String
    public let token: LocalizedText
    /// What to write in its place.
    public let meaning: LocalizedText

    public init(id: String, token: LocalizedText, meaning: LocalizedText) {
        self.id = id
        self.token = token
        self.meaning = meaning
    }

    public static let company = NoticePlaceholder(
        id: "company", token: LocalizedText(en: "[[COMPANY NAME]]", fr: "[[NOM DE L’ENTREPRISE]]"),
        meaning: LocalizedText(en: "the account holder’s company name (--company)", fr: "le nom de l’entreprise titulaire du compte (--company)"))
    public static let account = NoticePlaceholder(
        id: "account", token: LocalizedText(en: "[[ACCOUNT ID]]", fr: "[[IDENTIFIANT DU COMPTE]]"),
        meaning: LocalizedText(en: "the account or customer number at the vendor (--account)", fr: "le numéro de compte ou de client chez le fournisseur (--account)"))
    public static let signer = NoticePlaceholder(
        id: "signer", token: LocalizedText(en: "[[SIGNER NAME]]", fr: "[[NOM DU SIGNATAIRE]]"),
        meaning: LocalizedText(en: "the name and title of the person who signs (--signer)", fr: "le nom et la fonction de la personne qui signe (--signer)"))
    public static let renewalDate = NoticePlaceholder(
        id: "renewal-date", token: LocalizedText(en: "[[RENEWAL DATE]]", fr: "[[DATE DE RENOUVELLEMENT]]"),
        meaning: LocalizedText(en: "the renewal date of the contract (--renewal)", fr: "la date de renouvellement du contrat (--renewal)"))
    public static let endDate = NoticePlaceholder(
        id: "end-date", token: LocalizedText(en: "[[END DATE]]", fr: "[[DATE DE FIN]]"),
        meaning: LocalizedText(en: "the day the service should end (known once --renewal is given, and after a missed deadline --term-months or --billing)", fr: "le jour où le service doit prendre fin (connu dès que --renewal est donné, et après une date limite manquée --term-months ou --billing)"))

    /// The placeholders every notice may contain.
    public static let standard: [NoticePlaceholder] = [.company, .account, .signer, .renewalDate, .endDate]
}
