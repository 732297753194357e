import Testing
import CancelCore
import CancelPortfolio
import CancelVendors

/// The two ways into triage (from a built plan, or from the policy and the
/// facts) must give the same entry, or the portfolio would depend on which
/// one its planner calls.
@Suite("triage entry points")
struct TriageEntryPointTests {
    static let today = CalendarDate("2026-11-23")!

    /// Facts around the cases triage tells apart: renewals passed, due and
    /// far, no renewal, trials, sales-assisted, immediate, every product,
    /// contract notices, auto-renew no, rolling periods, notices sent and
    /// confirmations.
    static func grid(products: [Product]) -> [AccountFacts] {
        var all: [AccountFacts] = []
        let renewals: [CalendarDate?] = [nil, today.adding(days: -400), today.adding(days: -1), today, today.adding(days: 20),
                                         today.adding(days: 45), today.adding(days: 400)]
        for renewal in renewals {
            for product in [nil] + products.map(\.id) as [String?] {
                for variant in 0..<9 {
                    var facts = AccountFacts(today: today, product: product, renewal: renewal)
                    switch variant {
                    case 1: facts.seats = 40; facts.billing = .annual
                    case 2: facts.salesAssisted = true; facts.termMonths = 12
                    case 3: facts.trial = true
                    case 4: facts.immediate = true; facts.billing = .monthly
                    case 5: facts.noticeDays = 60
                    case 6: facts.autoRenew = false
                    case 7: facts.periodEnd = .quarter; facts.noticeMonths = 1
                    case 8: facts.noticeSent = today.adding(days: -3)
                    default: break
                    }
                    all.append(facts)
                }
            }
        }
        all.append(AccountFacts(today: today, renewal: today.adding(days: -30), confirmed: today.adding(days: -2)))
        return all
    }

    static func entries<P: VendorPolicy>(_ policy: P.Type, _ facts: AccountFacts) -> (PortfolioEntry, PortfolioEntry) {
        (PortfolioTriage.entry(for: P().plan(for: facts), line: 7, vendorIndex: 2, horizon: 30),
         PortfolioTriage.entry(P.self, facts: facts, line: 7, vendorIndex: 2, horizon: 30))
    }

    @Test("from the plan or from the policy: the same entry, for every vendor")
    func sameEntry() {
        var compared = 0
        for policy in BuiltInVendors.registry.policies {
            for facts in Self.grid(products: policy.description.products) {
                let (fromPlan, fromPolicy) = Self.entries(policy, facts)
                #expect(fromPlan == fromPolicy, "\(policy.description.id) \(facts)")
                compared += 1
            }
        }
        #expect(compared > 500)
    }

    @Test("an entry from role and fact lists equals the one from their bit sets")
    func listsAndBits() {
        let today = Self.today
        let fromLists = PortfolioEntry(line: 3, vendorIndex: 1, status: .unknown, action: .completeFacts, channel: .email,
                                       roles: [.superAdmin, .billingAdmin], missingFacts: [.noticeDays, .termMonths],
                                       today: today, deadline: nil, actionDate: today, endDate: nil, missedDeadline: nil)
        let fromBits = PortfolioEntry(line: 3, vendorIndex: 1, status: .unknown, action: .completeFacts, channel: .email,
                                      roleBits: 1 << 1 | 1 << 2, missingBits: 1 << 4 | 1 << 6,
                                      today: today, deadline: nil, actionDate: today, endDate: nil, missedDeadline: nil)
        #expect(fromLists == fromBits)
        #expect(fromBits.requiredRoles == [.billingAdmin, .superAdmin])
        #expect(fromBits.missingFacts == [.termMonths, .noticeDays])
    }
}
