import CancelCore

/// Plans one portfolio row with the same ``FactParser`` and
/// ``VendorRegistry`` as the `plan` command, and triages the result.
public struct PortfolioPlanner: Sendable {
    public let registry: VendorRegistry
    public let today: CalendarDate
    public let horizon: Int
    private let ids: [String]
    /// Each vendor's products, read once: a policy's `description` is a
    /// large value, and copying it for every row showed in profiles.
    private let products: [[Product]]
    /// Every name, alias and domain of each vendor (``VendorRegistry/matchKeys``).
    private let vendorKeys: [String: Int]

    public init(registry: VendorRegistry, today: CalendarDate, horizon: Int = PortfolioTriage.defaultHorizon) {
        self.registry = registry
        self.today = today
        self.horizon = horizon
        self.ids = registry.ids
        self.products = registry.policies.map { $0.description.products }
        self.vendorKeys = registry.matchKeys
    }

    /// The row's entry, or the error `plan` would report for the same facts.
    public func entry(for row: PortfolioRow) throws(InputError) -> PortfolioEntry {
        let vendor = row.vendor?.trimmingSpaces ?? ""
        // An exact id first: no lowercasing for the common case.
        guard let index = ids.firstIndex(of: vendor) ?? vendorKeys[VendorRegistry.matchKey(vendor)] else {
            guard !vendor.isEmpty else {
                let list = ids.joined(separator: ", ")
                throw InputError(value: "", option: "vendor", reason: LocalizedText(en: "is missing", fr: "est manquant"),
                                 accepted: LocalizedText(en: "one of: \(list)", fr: "l’un de : \(list)"))
            }
            throw InputError.notAccepted(vendor, for: "vendor", accepted: ids)
        }
        // FactParser checks the product against the vendor's, as `registry.plan` would.
        let facts = try FactParser.parse(valueOf: { row[$0] }, today: today, products: products[index])
        return PortfolioPlanner.entry(registry.policies[index], facts, line: row.line, vendorIndex: index, horizon: horizon)
    }

    /// Plans with the concrete policy type, so the plan is not boxed in an
    /// existential for every row.
    private static func entry<Policy: VendorPolicy>(_ policy: Policy.Type, _ facts: AccountFacts, line: Int,
                                                    vendorIndex: Int, horizon: Int) -> PortfolioEntry {
        PortfolioTriage.entry(for: Policy().plan(for: facts), line: line, vendorIndex: vendorIndex, horizon: horizon)
    }

    /// The vendor id of an entry.
    public func vendorID(of entry: PortfolioEntry) -> String {
        let index = Int(entry.vendorIndex)
        return index < ids.count ? ids[index] : ""
    }
}
