@testable import CancelCLI
import CancelCore
import Testing

@Suite struct MarkdownRendererTests {
    @Test func checklistWithDatedHeadingsAndOpenableSources() throws {
        let plan = try Fixture.plan("aircall", [.seats: "40", .renewal: "2027-01-31", .billing: "annual"])
        let text = MarkdownRenderer().render(plan.report(in: .en))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("# Aircall") == true)
        #expect(lines.contains("### 2027-01-01 — January 1, 2027 (in 39 days)"))
        #expect(lines.filter { $0.hasPrefix("- [ ] ") }.count >= plan.timeline.count + plan.steps.count)
        // Issue 12: sources are openable links with publisher and kind, never a file name.
        #expect(!text.contains("000_113307ba5bee7cc7.txt"))
        #expect(text.contains("- [Comment annuler mon abonnement](<https://support.aircall.io/fr-fr/articles/19179941054877>) — Aircall Help Center, official, in French"))
        #expect(text.contains("Source: “Comment annuler mon abonnement” § Exigence de préavis d’annulation") || text.contains("Source: “How to cancel my subscription” §"))
        let french = MarkdownRenderer().render(plan.report(in: .fr))
        #expect(french.contains("### 2027-01-01 — 1er janvier 2027 (dans 39 jours)"))
    }

    @Test func escapesMarkup() {
        #expect(MarkdownRenderer.escape("a*b_[c]`") == "a\\*b\\_\\[c\\]\\`")
    }
}
