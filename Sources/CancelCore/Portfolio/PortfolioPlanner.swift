/// Plans one portfolio row with the same ``FactParser`` and
/// ``VendorRegistry`` as the `plan` command, and triages the result.
public struct PortfolioPlanner: Sendable {
    public let registry: VendorRegistry
    public let today: CalendarDate
    public let horizon: Int
    private let ids: [String]

    public init(registry: VendorRegistry, today: CalendarDate, horizon: Int = PortfolioTriage.defaultHorizon) {
        self.registry = registry
        self.today = today
        self.horizon = horizon
        self.ids = registry.ids
    }

    /// The row's entry, or the error `plan` would report for the same facts.
    public func entry(for row: PortfolioRow) throws(InputError) -> PortfolioEntry {
        let vendor = row.vendor?.trimmingSpaces ?? ""
        guard let index = ids.firstIndex(of: vendor) else {
            guard !vendor.isEmpty else {
                let list = ids.joined(separator: ", ")
                throw InputError(value: "", option: "vendor", reason: LocalizedText(en: "is missing", fr: "est manquant"),
                                 accepted: LocalizedText(en: "one of: \(list)", fr: "l’un de : \(list)"))
            }
            throw InputError.notAccepted(vendor, for: "vendor", accepted: ids)
        }
        let policy = try registry.policy(id: vendor)
        let facts = try FactParser.parse(valueOf: { row[$0] }, today: today, products: policy.description.products)
        let plan = try registry.plan(vendor: vendor, facts: facts)
        return PortfolioTriage.entry(for: plan, line: row.line, vendorIndex: index, horizon: horizon)
    }

    /// The vendor id of an entry.
    public func vendorID(of entry: PortfolioEntry) -> String {
        let index = Int(entry.vendorIndex)
        return index < ids.count ? ids[index] : ""
    }
}
