import Testing
import CancelCore
import CancelCoreTesting
@testable import WHC

@Suite("WHC")
struct WHCPolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> WHCPlan {
        try WHCPolicy.testPlan(raw, today: today)
    }

    @Test("every product goes through the client area", arguments: ["hosting", "ssl", "app", "domain"])
    func clientArea(product: String) throws {
        let p = try plan([.product: product, .renewal: "2027-01-15"])
        #expect(p.channel == .selfService)
        #expect(p.requiredRoles == [.accountHolder])
        #expect(p.contact?.en == "https://clients.whc.ca")
        #expect(p.refund.kind == .ifEligible)
    }

    @Test("immediate ends tomorrow, across month and year ends", arguments: [("2026-11-23", "2026-11-24"), ("2027-02-28", "2027-03-01"), ("2028-02-28", "2028-02-29"), ("2026-12-31", "2027-01-01")])
    func immediate(today: String, end: String) throws {
        let p = try plan([.immediate: "true"], today: today)
        #expect(p.effectiveEndDate?.description == end)
        #expect(p.schedule == nil)
        #expect(p.missingFacts.isEmpty)
        #expect(p.warnings.map(\.id) == ["immediate-within-24-hours"])
    }

    @Test("a domain only expires; its steps turn auto-renewal off")
    func domain() throws {
        let p = try plan([.product: "domain", .renewal: "2027-03-01", .immediate: "true"])
        #expect(p.effectiveEndDate?.description == "2027-03-01")
        #expect(p.warnings.map(\.id) == ["domain-only-expires"])
        #expect(p.steps.contains { $0.path.last?.en == "Auto-renewal" })
    }

    @Test("hosting offers the domain non-renewal checkbox; SSL does not")
    func checkbox() throws {
        #expect(try plan([.renewal: "2027-01-15"]).steps.count == 5)
        #expect(try plan([.product: "ssl", .renewal: "2027-01-15"]).steps.count == 4)
    }
}
