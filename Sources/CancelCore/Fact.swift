/// A fact about an account that a plan may depend on. The raw value is the
/// name used on the command line (`--term-months`) and in portfolio files.
public enum Fact: String, CaseIterable, Sendable, Codable, Comparable {
    case product
    case seats
    case renewal
    case billing
    case termMonths = "term-months"
    case noticeDays = "notice-days"
    case trial
    case salesAssisted = "sales-assisted"
    case immediate

    /// True for facts given by their mere presence (`--trial`).
    public var isSwitch: Bool {
        switch self {
        case .trial, .salesAssisted, .immediate: return true
        default: return false
        }
    }

    /// Accepted values, for help and error messages.
    public var acceptedValues: String {
        switch self {
        case .product: return "a product id of the vendor"
        case .seats: return "a whole number from 1 to \(AccountFacts.seatRange.upperBound)"
        case .renewal: return "a date YYYY-MM-DD from 1900-01-01 to 2200-12-31"
        case .billing: return "monthly or annual"
        case .termMonths: return "a whole number of months from 1 to \(AccountFacts.termMonthsRange.upperBound)"
        case .noticeDays: return "a whole number of days from 1 to \(AccountFacts.noticeDaysRange.upperBound)"
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
        case .termMonths: return LocalizedText(en: "commitment length in months", fr: "durée d’engagement en mois")
        case .noticeDays: return LocalizedText(en: "notice period in days, from your contract", fr: "préavis en jours, selon votre contrat")
        case .trial: return LocalizedText(en: "the account is on a free trial", fr: "le compte est en essai gratuit")
        case .salesAssisted: return LocalizedText(en: "the plan was bought through a sales representative", fr: "le plan a été acheté auprès d’un commercial")
        case .immediate: return LocalizedText(en: "cancel immediately rather than at the end of the term", fr: "annuler immédiatement plutôt qu’à la fin du contrat")
        }
    }

    public static func < (lhs: Fact, rhs: Fact) -> Bool {
        lhs.order < rhs.order
    }
}

extension Fact {
    var order: Int {
        switch self {
        case .product: return 0
        case .seats: return 1
        case .renewal: return 2
        case .billing: return 3
        case .termMonths: return 4
        case .noticeDays: return 5
        case .trial: return 6
        case .salesAssisted: return 7
        case .immediate: return 8
        }
    }
}
