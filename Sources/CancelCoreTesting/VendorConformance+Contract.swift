import CancelCore

extension VendorConformance {
    /// The user's contract is the truth, for every vendor and product: a
    /// contract notice longer than the vendor's own rule moves the deadline
    /// earlier, a shorter one never moves it later, and each time the plan
    /// says which applied (`contract-notice-earlier`, `article-notice-earlier`
    /// or `contract-notice-applies`). Checked with and without seats, on both
    /// billing frequencies, with notices in days and in months.
    public static func contractPrecedenceFailures(of policy: any VendorPolicy.Type) -> [ConformanceFailure] {
        precedence(policy)
    }

    private static func precedence<P: VendorPolicy>(_ policy: P.Type) -> [ConformanceFailure] {
        let d = P.description
        let today = FactGrid.today
        let renewal = today.adding(days: 200)
        var failures: [ConformanceFailure] = []
        let products: [String?] = [nil] + d.products.map(\.id)
        for product in products {
            for seats in [nil, "5", "40"] as [String?] {
                for billing in ["monthly", "annual"] {
                    var raw: [Fact: String] = [.renewal: renewal.description, .billing: billing, .termMonths: "12"]
                    raw[.product] = product
                    raw[.seats] = seats
                    guard let base = try? FactParser.parse(raw, today: today, products: d.products) else { continue }
                    let plan = P().plan(for: base)
                    guard let schedule = plan.schedule, !schedule.endsWithoutNotice else { continue }
                    let article = schedule.articleNotice
                    for contract in [NoticeRule.daysBefore(150), .daysBefore(1), .monthsBefore(6), .monthsBefore(1)] {
                        var facts = base
                        switch contract {
                        case .daysBefore(let days): facts.noticeDays = days
                        case .monthsBefore(let months): facts.noticeMonths = months
                        default: continue
                        }
                        let context = "\(base.conformanceLabel), contract \(contract)"
                        let withContract = P().plan(for: facts)
                        guard let fromContract = contract.lastDayToAct(renewal: renewal) else { continue }
                        let fromArticle = article.lastDayToAct(renewal: renewal)
                        let expected = min(fromContract, fromArticle ?? fromContract)
                        if withContract.schedule?.deadline != expected {
                            failures.append(ConformanceFailure(vendor: d.id, check: "contract", context: context,
                                message: "deadline is \(withContract.schedule?.deadline?.description ?? "none"), expected \(expected): the earlier of the article’s (\(fromArticle?.description ?? "none")) and the contract’s (\(fromContract))"))
                        }
                        let ids = Set(withContract.planWarnings.map(\.id))
                        let expectedWarning: String? = switch article {
                        case .none: "contract-notice-applies"
                        case .unknownLength: nil
                        case .daysBefore, .monthsBefore:
                            fromArticle == fromContract ? nil
                                : (fromContract < (fromArticle ?? fromContract) ? "contract-notice-earlier" : "article-notice-earlier")
                        }
                        if let expectedWarning, !ids.contains(expectedWarning) {
                            failures.append(ConformanceFailure(vendor: d.id, check: "contract", context: context,
                                message: "the plan does not say which notice applies (no \(expectedWarning) warning)"))
                        }
                        if withContract.ignoredFacts.contains(where: { $0 == .noticeDays || $0 == .noticeMonths }) {
                            failures.append(ConformanceFailure(vendor: d.id, check: "contract", context: context,
                                message: "the contract’s notice is reported as ignored"))
                        }
                    }
                }
            }
        }
        return limited(failures)
    }
}
