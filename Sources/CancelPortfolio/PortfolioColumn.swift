import CancelCore

/// A column of a portfolio file (or a key of a JSON Lines object). Headers
/// are matched loosely (case, spaces, `-` and `_` ignored), so `Notice Days`,
/// `notice_days` and `noticeDays` all mean `notice-days`, and a few common
/// synonyms are accepted (``synonyms``): `Renewal Date` means `renewal`.
public enum PortfolioColumn: Hashable, Sendable {
    case vendor
    /// Free text kept as-is: what the user calls the subscription.
    case name
    /// Free text kept as-is: who is responsible for it.
    case owner
    /// Free text kept as-is: the vendor's ticket or confirmation number.
    case reference
    /// Free text kept as-is: the company's own id for the subscription,
    /// which calendar events are named by when present.
    case id
    case fact(Fact)

    /// Every column, in the order documentation and `--errors` list them.
    /// Fact columns follow ``Fact/allCases``, so a new fact is a new column.
    public static let all: [PortfolioColumn] = [.id, .name, .owner, .vendor, .reference] + Fact.allCases.map { .fact($0) }

    /// The column's place in a row's cells (``PortfolioCells``): the five
    /// text columns, then one per fact in ``Fact`` order.
    @inlinable @inline(__always)
    public var slot: Int {
        switch self {
        case .vendor: return 0
        case .name: return 1
        case .owner: return 2
        case .reference: return 3
        case .id: return 4
        case .fact(let fact): return PortfolioColumn.firstFactSlot + fact.index
        }
    }

    @inlinable static var firstFactSlot: Int { 5 }
    /// How many cells a row has.
    public static let slotCount = firstFactSlot + Fact.allCases.count

    /// The canonical header, as `plan`'s flag is named.
    public var header: String {
        switch self {
        case .vendor: return "vendor"
        case .name: return "name"
        case .owner: return "owner"
        case .reference: return "reference"
        case .id: return "id"
        case .fact(let fact): return fact.rawValue
        }
    }

    /// Other headers people write for a column, by canonical header. Kept
    /// short and unambiguous (a test checks that no spelling means two
    /// columns): headers that could mean two facts, such as `notice` (days
    /// or months?) or `term`, are left out on purpose.
    public static let synonyms: [String: [String]] = [
        "vendor": ["supplier", "provider", "fournisseur"],
        "name": ["subscription", "service name", "nom", "abonnement"],
        "owner": ["owned by", "responsable"],
        "reference": ["ref", "ticket", "confirmation number", "référence"],
        "id": ["subscription id", "contract id", "identifiant"],
        "product": ["edition", "produit"],
        "seats": ["users", "licenses", "licences", "sièges"],
        "renewal": ["renewal date", "renews on", "renewal on", "next renewal", "end date", "contract end",
                    "renouvellement", "date de renouvellement", "échéance"],
        "billing": ["billing frequency", "billing cycle", "billing period", "facturation"],
        "term-months": ["commitment months", "contract months"],
        "trial": ["free trial", "on trial", "essai"],
        "notice-sent": ["notice sent on", "notice date", "cancellation sent", "préavis envoyé"],
        "confirmed": ["confirmed on", "confirmation date", "cancellation confirmed", "confirmé"],
    ]

    /// Normalized header → column, canonical headers and synonyms together.
    static let byKey: [String: PortfolioColumn] = {
        var keys: [String: PortfolioColumn] = [:]
        for column in all {
            keys[normalized(column.header)] = column
            for synonym in synonyms[column.header] ?? [] { keys[normalized(synonym)] = column }
        }
        return keys
    }()

    public init?(header: String) {
        guard let match = PortfolioColumn.byKey[PortfolioColumn.normalized(header)] else { return nil }
        self = match
    }

    /// Lower-cased, without spaces, tabs, line breaks (a spreadsheet cell
    /// wrapped as `Renewal⏎Date` is exported with one), `-` and `_`.
    static func normalized(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter {
            $0 != "-" && $0 != "_" && $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r"
        }.map(Character.init))
    }
}
