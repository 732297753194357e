/// A fact about an account that a plan may depend on. The raw value is the
/// name used on the command line (`--term-months`) and in portfolio files.
public enum Fact: String, CaseIterable, Sendable, Codable, Comparable {
    case product
    case seats
    case renewal
    case billing
    case termMonths = "term-months"
    case renewalTermMonths = "renewal-term-months"
    case noticeDays = "notice-days"
    case noticeMonths = "notice-months"
    case autoRenew = "auto-renew"
    case periodEnd = "period-end"
    case trial
    case salesAssisted = "sales-assisted"
    case immediate
    case channel
    case contact
    case noticeSent = "notice-sent"
    case confirmed

    /// True for facts given by their mere presence (`--trial`).
    public var isSwitch: Bool {
        switch self {
        case .trial, .salesAssisted, .immediate: return true
        default: return false
        }
    }

    /// The facts of the user's own contract and of what was already done.
    /// The contract-terms engine reads them for every vendor, so no vendor
    /// needs to declare them to have them applied.
    public var isContractTerm: Bool {
        switch self {
        case .renewal, .billing, .termMonths, .renewalTermMonths, .noticeDays, .noticeMonths,
             .autoRenew, .periodEnd, .noticeSent, .confirmed:
            return true
        default:
            return false
        }
    }

    /// Facts only a subscription of an unlisted vendor reads: a registered
    /// vendor's channel and contact come from its sources.
    public var isForUnlistedVendors: Bool {
        self == .channel || self == .contact
    }

    /// The value's placeholder in help, nil for a switch.
    public var valueName: String? {
        switch self {
        case .product: return "<id>"
        case .seats, .termMonths, .renewalTermMonths, .noticeDays, .noticeMonths: return "<n>"
        case .renewal, .noticeSent, .confirmed: return "<yyyy-mm-dd>"
        case .billing: return "<monthly|annual>"
        case .autoRenew: return "<yes|no>"
        case .periodEnd: return "<month|quarter|year>"
        case .channel: return "<self-service|email|support|account-manager>"
        case .contact: return "<text>"
        case .trial, .salesAssisted, .immediate: return nil
        }
    }

    /// Accepted values, for help and error messages.
    public var acceptedValues: String {
        switch self {
        case .product: return "a product id of the vendor"
        case .seats: return "a whole number from 1 to \(AccountFacts.seatRange.upperBound)"
        case .renewal, .noticeSent, .confirmed: return "a date YYYY-MM-DD from 1900-01-01 to 2200-12-31"
        case .billing: return "monthly or annual"
        case .termMonths, .renewalTermMonths: return "a whole number of months from 1 to \(AccountFacts.termMonthsRange.upperBound)"
        case .noticeDays: return "a whole number of days from 1 to \(AccountFacts.noticeDaysRange.upperBound)"
        case .noticeMonths: return "a whole number of months from 1 to \(AccountFacts.noticeMonthsRange.upperBound)"
        case .autoRenew: return "yes or no"
        case .periodEnd: return "month, quarter or year"
        case .channel: return Channel.allCases.map(\.rawValue).joined(separator: ", ")
        case .contact: return "an address or URL, up to \(AccountFacts.contactLengthLimit) characters"
        case .trial, .salesAssisted, .immediate: return "true or false"
        }
    }

    /// What the fact means, for help and for missing-fact lists.
    public var meaning: LocalizedText {
        switch self {
        case .product: return LocalizedText(en: "product or edition", fr: "produit ou édition")
        case .seats: return LocalizedText(en: "number of seats (users) on the plan", fr: "nombre de sièges (utilisateurs) du plan")
        case .renewal: return LocalizedText(en: "renewal date (the day the current period or commitment ends)", fr: "date de renouvellement (le jour où la période ou l’engagement en cours se termine)")
        case .billing: return LocalizedText(en: "billing frequency (monthly or annual)", fr: "fréquence de facturation (mensuelle ou annuelle)")
        case .termMonths: return LocalizedText(en: "length of the current commitment in months", fr: "durée de l’engagement en cours, en mois")
        case .renewalTermMonths: return LocalizedText(en: "length of each renewal in months, when it differs from the first term", fr: "durée de chaque renouvellement en mois, si elle diffère de la première période")
        case .noticeDays: return LocalizedText(en: "notice period in days, from your contract", fr: "préavis en jours, selon votre contrat")
        case .noticeMonths: return LocalizedText(en: "notice period in months, from your contract", fr: "préavis en mois, selon votre contrat")
        case .autoRenew: return LocalizedText(en: "whether the contract renews by itself (yes or no)", fr: "si le contrat se renouvelle tacitement (oui ou non)")
        case .periodEnd: return LocalizedText(en: "a rolling contract that can end only on the last day of a calendar month, quarter or year", fr: "un contrat reconductible qui ne peut se terminer que le dernier jour d’un mois, d’un trimestre ou d’une année civile")
        case .trial: return LocalizedText(en: "the account is on a free trial", fr: "le compte est en essai gratuit")
        case .salesAssisted: return LocalizedText(en: "bought through sales, a partner or on a signed contract (not online)", fr: "acheté via un commercial, un partenaire ou sur contrat signé (pas en ligne)")
        case .immediate: return LocalizedText(en: "cancel immediately rather than at the end of the term", fr: "annuler immédiatement plutôt qu’à la fin du contrat")
        case .channel: return LocalizedText(en: "how the vendor takes cancellations (for a vendor cancelctl does not know)", fr: "comment le fournisseur reçoit les résiliations (pour un fournisseur que cancelctl ne connaît pas)")
        case .contact: return LocalizedText(en: "where to send the cancellation: an address or URL (for a vendor cancelctl does not know)", fr: "où envoyer la résiliation : une adresse ou une URL (pour un fournisseur que cancelctl ne connaît pas)")
        case .noticeSent: return LocalizedText(en: "the day the cancellation notice was sent", fr: "le jour où la demande de résiliation a été envoyée")
        case .confirmed: return LocalizedText(en: "the day the vendor confirmed the cancellation", fr: "le jour où le fournisseur a confirmé la résiliation")
        }
    }

    public static func < (lhs: Fact, rhs: Fact) -> Bool {
        lhs.order < rhs.order
    }

    /// Position in ``allCases``: the order help, JSON and files list facts in.
    var order: Int { index }
}
