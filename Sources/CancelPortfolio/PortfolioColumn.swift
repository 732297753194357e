import CancelCore

/// A column of a portfolio file (or a key of a JSON Lines object). Headers
/// are matched loosely (case, spaces, `-` and `_` ignored), so `Notice Days`,
/// `notice_days` and `noticeDays` all mean `notice-days`.
public enum PortfolioColumn: Hashable, Sendable {
    case vendor
    /// Free text kept as-is: what the user calls the subscription.
    case name
    /// Free text kept as-is: who is responsible for it.
    case owner
    case fact(Fact)

    /// Every column, in the order documentation and `--errors` list them.
    public static let all: [PortfolioColumn] = [.name, .owner, .vendor] + Fact.allCases.map { .fact($0) }

    /// The canonical header, as `plan`'s flag is named.
    public var header: String {
        switch self {
        case .vendor: return "vendor"
        case .name: return "name"
        case .owner: return "owner"
        case .fact(let fact): return fact.rawValue
        }
    }

    public init?(header: String) {
        let key = PortfolioColumn.normalized(header)
        guard let match = PortfolioColumn.all.first(where: { PortfolioColumn.normalized($0.header) == key }) else { return nil }
        self = match
    }

    static func normalized(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " && $0 != "\t" }.map(Character.init))
    }
}
