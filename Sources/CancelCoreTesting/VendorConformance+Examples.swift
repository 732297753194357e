import CancelCore

extension VendorConformance {
    /// Runs each example the vendor ships: facts parsed by ``FactParser`` on
    /// the example's own today, key fields compared exactly (missing facts
    /// and warnings as sets), then every plan invariant on the result.
    public static func exampleFailures(of policy: any VendorPolicy.Type, decoder: ReportDecoder? = nil) -> [ConformanceFailure] {
        examples(policy, decoder)
    }

    private static func examples<P: VendorPolicy>(_ policy: P.Type, _ decoder: ReportDecoder?) -> [ConformanceFailure] {
        let d = P.description
        var failures: [ConformanceFailure] = []
        for example in d.examples {
            func fail(_ message: String) {
                failures.append(ConformanceFailure(vendor: d.id, check: "example", context: example.name, message: message))
            }
            guard let today = CalendarDate(example.today) else {
                fail("today “\(example.today)” is not a YYYY-MM-DD date")
                continue
            }
            let facts: AccountFacts
            do {
                facts = try FactParser.parse(example.facts, today: today, products: d.products)
            } catch {
                fail("facts do not parse: \(error.message(in: .en))")
                continue
            }
            let plan = P().plan(for: facts)
            let expected = example.expected
            if plan.channel != expected.channel { fail("channel is \(plan.channel.rawValue), expected \(expected.channel.rawValue)") }
            if plan.requiredRoles != expected.roles {
                fail("roles are \(plan.requiredRoles.map(\.rawValue)), expected \(expected.roles.map(\.rawValue))")
            }
            let deadline = plan.noticeDeadline?.description
            if deadline != expected.noticeDeadline {
                fail("notice deadline is \(deadline ?? "none"), expected \(expected.noticeDeadline ?? "none")")
            }
            if plan.deadlineMissed != expected.deadlineMissed {
                fail("deadlineMissed is \(plan.deadlineMissed), expected \(expected.deadlineMissed)")
            }
            let end = plan.effectiveEndDate?.description
            if end != expected.effectiveEndDate {
                fail("effective end date is \(end ?? "none"), expected \(expected.effectiveEndDate ?? "none")")
            }
            let missing = Set(plan.missingFacts)
            if missing != Set(expected.missingFacts) {
                fail("missing facts are \(missing.sorted().map(\.rawValue)), expected \(Set(expected.missingFacts).sorted().map(\.rawValue))")
            }
            let warnings = Set(plan.planWarnings.map(\.id))
            if warnings != Set(expected.warnings) {
                fail("warnings are \(warnings.sorted()), expected \(Set(expected.warnings).sorted())")
            }
            failures += planFailures(policy, facts: facts, context: "example “\(example.name)”", decoder: decoder)
        }
        return failures
    }
}
