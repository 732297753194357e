import Testing
import CancelCore
import CancelCoreTesting
@testable import WHC

@Suite("WHC")
struct WHCPolicyTests {
    func plan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> WHCPlan {
        try WHCPolicy.testPlan(raw, today: today)
    }

    @Test("[whc/client-area-only][whc/refund-after-cancelling] every product goes through the client area; refunds by replying to the ticket", arguments: ["hosting", "ssl", "app", "domain"])
    func clientArea(product: String) throws {
        let p = try plan([.product: product, .renewal: "2027-01-15"])
        #expect(p.channel == .selfService)
        #expect(p.requiredRoles == [.accountHolder])
        #expect(p.contact?.en == "https://clients.whc.ca")
        #expect(p.refund.kind == .ifEligible)
        #expect(p.refund.text.en.contains("replying to the cancellation ticket"))
        #expect(p.steps.first?.text.en.contains("email or phone are not accepted") == true)
    }

    @Test("[whc/service-flow] immediate ends tomorrow, across month and year ends", arguments: [("2026-11-23", "2026-11-24"), ("2027-02-28", "2027-03-01"), ("2028-02-28", "2028-02-29"), ("2026-12-31", "2027-01-01")])
    func immediate(today: String, end: String) throws {
        let p = try plan([.immediate: "true"], today: today)
        #expect(p.effectiveEndDate?.description == end)
        #expect(p.schedule == nil)
        #expect(p.missingFacts.isEmpty)
        #expect(p.warnings.map(\.id) == ["immediate-within-24-hours"])
    }

    @Test("[whc/domain-expires][whc/domain-deletion] a domain only expires; its steps turn auto-renewal off")
    func domain() throws {
        let p = try plan([.product: "domain", .renewal: "2027-03-01", .immediate: "true"])
        #expect(p.effectiveEndDate?.description == "2027-03-01")
        #expect(p.warnings.map(\.id) == ["domain-invoice-before-expiry", "domain-only-expires"])
        #expect(p.steps.contains { $0.path.last?.en == "Renouvellement automatique (Auto-renewal)" })
        #expect(p.consequences.contains { $0.text.en.contains("irreversible") })
    }

    /// Issue 12: a domain plan said “Cancel the WHC subscription” and “last
    /// day to cancel”, though a domain is only left to expire, and never said
    /// that renewal invoices may already be issued.
    @Test("[whc/domain-expires] a domain's timeline and rule speak of auto-renewal and expiry, never of cancelling")
    func domainWording() throws {
        let p = try plan([.product: "domain", .renewal: "2027-03-01"])
        let actions = p.timeline.map(\.action.en)
        #expect(!actions.contains { $0.contains("Cancel the") || $0.contains("Last day to cancel") || $0.contains("service ends") })
        #expect(actions.contains { $0.contains("Last day to turn off the domain’s auto-renewal") })
        #expect(actions.contains("The domain expires"))
        #expect(p.deadlineRule?.en.contains("cannot be cancelled") == true)
        #expect(p.warnings.contains { $0.id == "domain-invoice-before-expiry" })
        #expect(!p.timeline.map(\.action.fr).contains { $0.contains("Résilier") })
        // Reworded entries keep their kind, which renderers rely on.
        #expect(p.timeline.first { $0.id == "last-day-to-cancel" }?.kind == .deadline)
        #expect(p.timeline.first { $0.id == "service-ends" }?.kind == .end)
    }

    /// Issue 12: SSL and app plans got the hosting-only domain checkbox.
    @Test("[whc/hosting-domain-checkbox] only hosting offers the domain non-renewal checkbox", arguments: ["ssl", "app"])
    func checkbox(product: String) throws {
        let hosting = try plan([.renewal: "2027-01-15"])
        #expect(hosting.steps.count == 5)
        #expect(hosting.preparations.map(\.id) == ["decide-domain"])
        let other = try plan([.product: product, .renewal: "2027-01-15"])
        #expect(other.steps.count == 4)
        #expect(other.preparations.isEmpty)
        #expect(!other.steps.contains { $0.text.en.contains("tick the box") })
        #expect(other.consequences.allSatisfy { $0.citation.section.contains(product == "ssl" ? "SSL" : "application") })
    }

    /// Issue 12: an end-of-term plan never mentioned the immediate option.
    @Test("[whc/service-flow] an end-of-term plan mentions the immediate option and its 24 hours")
    func immediateOption() throws {
        let p = try plan([.renewal: "2027-01-15"])
        #expect(p.steps.last?.text.en.contains("immediate cancellation, is taken into account within 24 hours") == true)
        #expect(p.steps.last?.text.fr.contains("prise en compte dans les 24 heures") == true)
    }

    /// Issue 12: the client area is French only; its labels were translated.
    @Test("client-area labels are shown as WHC writes them, with the translation beside them in English")
    func interfaceLabels() throws {
        let p = try plan([.renewal: "2027-01-15"])
        let paths = p.steps.flatMap(\.path)
        #expect(paths.contains { $0.en == "Demande d’annulation (Request cancellation)" && $0.fr == "Demande d’annulation" })
        #expect(paths.contains { $0.en == "Détails du plan (Plan details)" })
        #expect(!paths.contains { $0.en == "Request cancellation" })
    }
}
