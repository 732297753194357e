import CancelCore

extension VendorConformance {
    /// Facts a vendor declares must be read (varying one changes the plan
    /// for at least one combination of the others), and facts it does not
    /// declare must not change the plan (the contract terms, which the engine
    /// reads for every vendor, excepted). Fields the report only echoes from
    /// the facts (product, renewalDate, termMonths...) and the list of
    /// ignored facts are left out of the comparison.
    public static func factUseFailures(of policy: any VendorPolicy.Type) -> [ConformanceFailure] {
        factUse(policy)
    }

    private static func factUse<P: VendorPolicy>(_ policy: P.Type) -> [ConformanceFailure] {
        let d = P.description
        let declared = Set(d.facts.map(\.fact))
        let read = d.readFacts
        let today = FactGrid.today
        var failures: [ConformanceFailure] = []
        for fact in Fact.allCases {
            // The engine reads the contract terms for every vendor: only a
            // declared one owes the "changes the plan" check here.
            if fact.isContractTerm && !declared.contains(fact) { continue }
            let values = FactGrid.values(of: fact, today: today, products: d.products)
            var changed: (String, String)?
            var parseError: String?
            var bases = FactGrid.bases(excluding: fact, today: today, products: d.products)
            // Facts only unlisted vendors read change no registered vendor's
            // plan anywhere: a fifth of the combinations shows it as well.
            if fact.isForUnlistedVendors { bases = bases.enumerated().filter { $0.offset % 5 == 0 }.map(\.element) }
            search: for base in bases {
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
            } else if !read.contains(fact), let (a, b) = changed {
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
