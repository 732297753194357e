import Testing
import CancelCore

@Suite("role index")
struct RoleIndexTests {
    /// Portfolio entries keep roles as bits by this index: a case added out
    /// of place would print the wrong role.
    @Test("Role.index is each role's position in allCases")
    func index() {
        for (position, role) in Role.allCases.enumerated() {
            #expect(role.index == position, "\(role)")
        }
    }
}
