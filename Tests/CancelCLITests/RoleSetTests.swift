@testable import CancelCLI
import CancelCore
import Testing

/// Role lists were packed into 7 bits: an eighth role would have been
/// dropped from every portfolio row without a word.
@Suite struct RoleSetTests {
    @Test func everyRoleCombinationIsSpelled() {
        #expect(ListText.csvRoles.count == 1 << Role.allCases.count)
        let all = ListText.csvRoles[Int(ListText.roleMask)]
        #expect(all == Role.allCases.map(\.rawValue).joined(separator: ";"))
        #expect(ListText.jsonRoles[Int(ListText.roleMask)].filter { $0 == "\"" }.count == 2 * Role.allCases.count)
    }
}
