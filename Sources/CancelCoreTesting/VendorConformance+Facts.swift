import CancelCore

extension VendorConformance {
    /// Facts a vendor declares must be read (varying one changes the plan
    /// for at least one combination of the others), and facts it does not
    /// declare must not change the plan. Fields the report only echoes from
    /// the facts (product, renewalDate, termMonths) are ignored.
    public static func factUseFailures(of policy: any VendorPolicy.Type) -> [ConformanceFailure] {
        factUse(policy)
    }

    private static func factUse<P: VendorPolicy>(_ policy: P.Type) -> [ConformanceFailure] {
        let d = P.description
        let declared = Set(d.facts.map(\.fact))
        let today = FactGrid.today
        var failures: [ConformanceFailure] = []
        for fact in Fact.allCases {
            let values = FactGrid.values(of: fact, today: today, products: d.products)
            var changed: (String, String)?
            var parseError: String?
            search: for base in FactGrid.bases(excluding: fact, today: today, products: d.products) {
                var first: (facts: AccountFacts, reports: [PlanReport])?
                for value in values {
                    var raw = base
                    raw[fact] = value
                    let facts: AccountFacts
                    do {
                        facts = try FactParser.parse(raw, today: today, products: d.products)
                    } catch {
                        parseError = error.message(in: .en)
                        break search
                    }
                    let reports = P().plan(for: facts).maskedReports
                    if let first {
                        if first.reports != reports {
                            changed = (first.facts.conformanceLabel, facts.conformanceLabel)
                            break search
                        }
                    } else {
                        first = (facts, reports)
                    }
                }
            }
            let context = "fact \(fact.rawValue)"
            if let parseError {
                failures.append(ConformanceFailure(vendor: d.id, check: "facts", context: context, message: "grid facts do not parse: \(parseError)"))
            } else if declared.contains(fact), changed == nil {
                failures.append(ConformanceFailure(vendor: d.id, check: "facts", context: context,
                    message: "declared in description.facts, but no combination of the other facts changes the plan when it varies over \(values.map { $0 ?? "(not given)" }): read it or stop declaring it"))
            } else if !declared.contains(fact), let (a, b) = changed {
                failures.append(ConformanceFailure(vendor: d.id, check: "facts", context: context,
                    message: "not declared in description.facts, yet it changes the plan: compare “\(a)” with “\(b)”. Declare it (with where to find it) or stop reading it"))
            }
        }
        return failures
    }

    /// Plans across ``FactGrid/stress(products:)`` never trap and keep
    /// every invariant (JSON aside, checked on the examples).
    public static func stressFailures(of policy: any VendorPolicy.Type) -> [ConformanceFailure] {
        stress(policy)
    }

    private static func stress<P: VendorPolicy>(_ policy: P.Type) -> [ConformanceFailure] {
        let d = P.description
        var failures: [ConformanceFailure] = []
        for (today, raw) in FactGrid.stress(products: d.products) {
            do {
                let facts = try FactParser.parse(raw, today: today, products: d.products)
                failures += planFailures(policy, facts: facts, context: facts.conformanceLabel, decoder: nil)
            } catch {
                failures.append(ConformanceFailure(vendor: d.id, check: "stress", context: "today=\(today)",
                                                   message: "grid facts do not parse: \(error.message(in: .en))"))
            }
        }
        return limited(failures)
    }
}
