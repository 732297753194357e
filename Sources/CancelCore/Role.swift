/// A permission a vendor requires of whoever cancels. A plan lists the roles
/// any one of which is enough.
public enum Role: String, CaseIterable, Sendable, Codable {
    case owner
    case billingAdmin = "billing-admin"
    case superAdmin = "super-admin"
    case accountAdmin = "account-admin"
    case productAdmin = "product-admin"
    case billingContact = "billing-contact"
    case accountHolder = "account-holder"
    /// Someone who may sign for the company: the role a contract names when
    /// cancelctl has no vendor rules to say more.
    case signatory

    public var title: LocalizedText {
        switch self {
        case .owner: return LocalizedText(en: "owner", fr: "propriétaire")
        case .billingAdmin: return LocalizedText(en: "billing administrator", fr: "administrateur de facturation")
        case .superAdmin: return LocalizedText(en: "super administrator", fr: "super-administrateur")
        case .accountAdmin: return LocalizedText(en: "account administrator", fr: "administrateur du compte")
        case .productAdmin: return LocalizedText(en: "product administrator", fr: "administrateur de produit")
        case .billingContact: return LocalizedText(en: "authorised billing contact", fr: "contact de facturation autorisé")
        case .accountHolder: return LocalizedText(en: "account holder (client area login)", fr: "titulaire du compte (accès à l’Espace Client)")
        case .signatory: return LocalizedText(en: "a person who may sign for the company", fr: "une personne habilitée à signer pour l’entreprise")
        }
    }
}
