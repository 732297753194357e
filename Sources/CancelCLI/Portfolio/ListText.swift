import CancelCore

/// Role lists spelled once per combination (2 to the number of roles), not
/// per row: joining strings for each of a million rows showed in profiles.
/// Sized from `Role.allCases`, so a new role is spelled like the others.
enum ListText {
    /// The bits of `PortfolioEntry.roleBits` that name roles.
    static let roleMask = UInt32((1 << Role.allCases.count) - 1)
    static let csvRoles: [String] = combinations { $0.joined(separator: ";") }
    static let jsonRoles: [String] = combinations { "[" + $0.map { "\"" + $0 + "\"" }.joined(separator: ",") + "]" }

    private static func combinations(_ spell: ([String]) -> String) -> [String] {
        let roles = Role.allCases
        return (0..<(1 << roles.count)).map { bits in
            spell(roles.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element.rawValue))
        }
    }
}
