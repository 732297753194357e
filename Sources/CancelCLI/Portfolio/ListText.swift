import CancelCore

/// Role lists spelled once per combination (there are 2⁷), not per row:
/// joining strings for each of a million rows showed in profiles.
enum ListText {
    static let csvRoles: [String] = combinations { $0.joined(separator: ";") }
    static let jsonRoles: [String] = combinations { "[" + $0.map { "\"" + $0 + "\"" }.joined(separator: ",") + "]" }

    private static func combinations(_ spell: ([String]) -> String) -> [String] {
        let roles = Role.allCases.prefix(7)
        return (0..<128).map { bits in
            spell(roles.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element.rawValue))
        }
    }
}
