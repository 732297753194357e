@testable import CancelCore
import Testing

/// An unlisted plan no longer builds its description or its contract
/// source when made: what it cites and describes must be what building
/// them gives.
@Suite("unlisted vendor plan")
struct UnlistedVendorPlanTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)

    @Test("the notice clause is the contract's section, whatever the name", arguments: ["Acme", "  Héllo Corp ", "x"])
    func noticeClause(name: String) {
        #expect(UnlistedVendor.noticeClause == UnlistedVendor.contract(name).section("notice clause"))
        #expect(UnlistedVendor.noticeClause.source == UnlistedVendor.contract(name).id)
    }

    /// The portfolio's init for a name already trimmed makes the plan the
    /// trimming init makes from the untrimmed name.
    @Test("a plan from a trimmed name is the plan from the name as typed", arguments: ["Acme", "  Acme Tools ", "\tZoöm\t", "A"])
    func trimmedNameInit(name: String) {
        let facts = AccountFacts(today: today, renewal: CalendarDate(year: 2027, month: 1, day: 31), noticeDays: 30)
        let typed = UnlistedVendorPlan(vendorName: name, facts: facts)
        let trimmed = UnlistedVendorPlan(trimmedVendorName: name.trimmingSpaces, facts: facts)
        #expect(trimmed.vendor.name == typed.vendor.name)
        #expect(trimmed.steps.map(\.text) == typed.steps.map(\.text))
        #expect(trimmed.warnings.map(\.text) == typed.warnings.map(\.text))
        #expect(trimmed.outline == typed.outline)
    }

    /// The outline a portfolio takes without making the plan is the plan's
    /// own, over every combination of contract terms and tracking dates
    /// on both sides of today, with and without a channel.
    @Test("the static outline is the plan's outline")
    func staticOutline() {
        var checked = 0
        for renewal in [nil, -400, -10, 0, 1, 29, 30, 31, 60, 365] as [Int?] {
            for notice in [nil, (0, 0), (30, 0), (90, 0), (0, 1), (0, 3)] as [(Int, Int)?] {
                for term in [nil, 1, 12, 36] as [Int?] {
                    for autoRenew in [nil, true, false] as [Bool?] {
                        for channel in [nil, Channel.email, .selfService] as [Channel?] {
                            for tracked in 0..<3 {
                                var facts = AccountFacts(today: today)
                                facts.renewal = renewal.map { today.adding(days: $0) }
                                if let notice, notice.0 > 0 { facts.noticeDays = notice.0 }
                                if let notice, notice.1 > 0 { facts.noticeMonths = notice.1 }
                                facts.renewalTermMonths = term
                                facts.autoRenew = autoRenew
                                facts.channel = channel
                                if tracked == 1 { facts.noticeSent = today.adding(days: -3) }
                                if tracked == 2 { facts.confirmed = today }
                                let plan = UnlistedVendorPlan(vendorName: "Acme", facts: facts)
                                #expect(UnlistedVendorPlan.outline(for: facts) == plan.outline, "\(facts)")
                                checked += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(checked == 10 * 6 * 4 * 3 * 3 * 3)
    }

    @Test("the plan's vendor is the description of the trimmed name; its schedule cites the notice clause")
    func vendorAndCitation() throws {
        let facts = AccountFacts(today: today, renewal: CalendarDate(year: 2027, month: 1, day: 31), noticeDays: 30)
        let plan = UnlistedVendorPlan(vendorName: "  Acme Tools ", facts: facts)
        let expected = UnlistedVendor.description(name: "Acme Tools")
        #expect(plan.vendor.name == "Acme Tools")
        #expect(plan.vendor.id == expected.id)
        #expect(plan.vendor.sources == expected.sources)
        #expect(plan.vendor.facts.map(\.fact) == expected.facts.map(\.fact))
        #expect(try #require(plan.schedule).articleCitation == UnlistedVendor.noticeClause)
        #expect(plan.warnings.contains { $0.text.en.contains("“Acme Tools”") })
    }
}
