import Testing
import CancelCore
import CancelVendors

@Suite("Portfolio status")
struct PortfolioStatusTests {
    let today = CalendarDate("2026-11-23")!

    /// GoTo without notice: the deadline is the day before the renewal.
    func entry(renewal: String, horizon: Int = 30, extra: [Fact: String] = [:]) throws -> PortfolioEntry {
        let planner = PortfolioPlanner(registry: BuiltInVendors.registry, today: today, horizon: horizon)
        var raw = extra
        raw[.renewal] = renewal
        raw[.billing] = raw[.billing] ?? "monthly"
        return try planner.entry(for: PortfolioRow(line: 2, vendor: "goto", raw: raw))
    }

    @Test("deadline today is act-soon, even with a zero horizon")
    func today0() throws {
        let e = try entry(renewal: "2026-11-24")
        #expect(e.status == .actSoon)
        #expect(e.daysLeft == 0)
        #expect(e.deadline == today)
        #expect(try entry(renewal: "2026-11-24", horizon: 0).status == .actSoon)
        #expect(try entry(renewal: "2026-11-25", horizon: 0).status == .ok)
    }

    @Test("deadline yesterday is missed, with the rolled deadline and end date")
    func yesterday() throws {
        let e = try entry(renewal: "2026-11-23")
        #expect(e.status == .missed)
        #expect(e.missedDeadline == CalendarDate("2026-11-22"))
        #expect(e.deadline == CalendarDate("2026-12-22"))
        #expect(e.endDate == CalendarDate("2026-12-23"))
        #expect(e.daysLeft == 29)
    }

    @Test("horizon edge: exactly the horizon is act-soon, one more day is ok")
    func horizonEdge() throws {
        // Deadline = renewal - 1 day.
        #expect(try entry(renewal: "2026-12-24").daysLeft == 30)
        #expect(try entry(renewal: "2026-12-24").status == .actSoon)
        #expect(try entry(renewal: "2026-12-25").status == .ok)
        #expect(try entry(renewal: "2026-12-04", horizon: 10).status == .actSoon)
        #expect(try entry(renewal: "2026-12-05", horizon: 10).status == .ok)
    }

    @Test("no computable deadline: unknown, with the missing facts")
    func unknown() throws {
        let planner = PortfolioPlanner(registry: BuiltInVendors.registry, today: today)
        let noRenewal = try planner.entry(for: PortfolioRow(line: 2, vendor: "goto"))
        #expect(noRenewal.status == .unknown)
        #expect(noRenewal.missingFacts == [.renewal])
        #expect(noRenewal.action == .completeFacts)
        let noTerm = try planner.entry(for: PortfolioRow(line: 3, vendor: "goto", raw: [.renewal: "2026-01-01"]))
        #expect(noTerm.status == .unknown)
        #expect(noTerm.missingFacts == [.termMonths])
        let noNotice = try planner.entry(for: PortfolioRow(line: 4, vendor: "bitrix24", raw: [.product: "on-premise", .renewal: "2027-06-01"]))
        #expect(noNotice.status == .unknown)
        #expect(noNotice.missingFacts == [.noticeDays])
    }

    @Test("a trial that ends by itself has no deadline")
    func trial() throws {
        let planner = PortfolioPlanner(registry: BuiltInVendors.registry, today: today)
        let e = try planner.entry(for: PortfolioRow(line: 2, vendor: "aircall", raw: [.trial: "yes"]))
        #expect(e.status == .noDeadline)
        #expect(e.action == PortfolioAction.none)
    }

    @Test("the same error as plan for bad values")
    func errors() throws {
        let planner = PortfolioPlanner(registry: BuiltInVendors.registry, today: today)
        // A near miss of a registered id is the error `plan` gives, with "did you mean".
        let nearMiss: InputError
        do {
            _ = try BuiltInVendors.registry.resolve("gotoo")
            Issue.record("expected a near-miss failure"); return
        } catch {
            nearMiss = error
        }
        #expect(nearMiss.suggestion == "goto")
        #expect(throws: nearMiss) {
            try planner.entry(for: PortfolioRow(line: 2, vendor: "gotoo"))
        }
        let expected: InputError
        do {
            _ = try FactParser.parse([.renewal: "2027-02-30"], today: today, products: [])
            Issue.record("expected a failure"); return
        } catch { expected = error }
        #expect(throws: expected) { try planner.entry(for: PortfolioRow(line: 2, vendor: "goto", raw: [.renewal: "2027-02-30"])) }
    }

    @Test("urgency order: missed, act-soon, unknown, ok, no-deadline; then deadline, then line")
    func order() throws {
        let entries = [try entry(renewal: "2027-06-01"), try entry(renewal: "2026-11-23"), try entry(renewal: "2026-11-30"),
                       try entry(renewal: "2026-11-26")]
        let sorted = entries.sorted(by: PortfolioEntry.urgencyOrder)
        #expect(sorted.map(\.status) == [.missed, .actSoon, .actSoon, .ok])
        #expect(sorted[1].daysLeft == 2)
    }
}
