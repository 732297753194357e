/// How a cancellation reaches the vendor.
public enum Channel: String, CaseIterable, Sendable, Codable {
    /// A button or form the user operates themselves.
    case selfService = "self-service"
    /// A written request by email.
    case email
    /// A call or chat with the vendor's support.
    case support
    /// The account manager or reseller partner.
    case accountManager = "account-manager"
    /// Not known: a vendor cancelctl has no rules for, and no `--channel`.
    case unknown

    public var title: LocalizedText {
        switch self {
        case .selfService: return LocalizedText(en: "self-service, in the product", fr: "en libre-service, dans le produit")
        case .email: return LocalizedText(en: "written request by email", fr: "demande écrite par e-mail")
        case .support: return LocalizedText(en: "contact support", fr: "contacter l’assistance")
        case .accountManager: return LocalizedText(en: "your account manager or partner", fr: "votre gestionnaire de compte ou partenaire")
        case .unknown: return LocalizedText(en: "not known: your contract says how to give notice", fr: "inconnu : votre contrat indique comment résilier")
        }
    }
}
