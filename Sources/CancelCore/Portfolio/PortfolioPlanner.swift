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

    public init(registry: VendorRegistry, today: CalendarDate, horizon: Int = PortfolioTriage.defaultHorizon) {
        self.registry = registry
        self.today = today
        self.horizon = horizon
        self.ids = registry.ids
        self.products = registry.policies.map { $0.description.products }
    }

    /// The row's entry, or the error `plan` would report for the same facts.
    /// A vendor cancelctl has no rules for is planned from the row's contract
    /// terms (``PortfolioEntry/unlistedVendorIndex``); a near miss of a
    /// registered id is refused with "did you mean", as `plan` does.
    public func entry(for row: PortfolioRow) throws(InputError) -> PortfolioEntry {
        let vendor = row.vendor?.trimmingSpaces ?? ""
        guard let index = ids.firstIndex(of: vendor) ?? ids.firstIndex(of: UnlistedVendor.id(for: vendor)) else {
            guard !vendor.isEmpty else {
                let list = ids.joined(separator: ", ")
                throw InputError(value: "", option: "vendor", reason: LocalizedText(en: "is missing", fr: "est manquant"),
                                 accepted: LocalizedText(en: "one of: \(list), or another vendor’s name", fr: "l’un de : \(list), ou le nom d’un autre fournisseur"))
            }
            guard case .unlisted(let name) = try registry.resolve(vendor) else {
                throw InputError.notAccepted(vendor, for: "vendor", accepted: ids)
            }
            let facts = try FactParser.parse(valueOf: { row[$0] }, today: today, products: nil)
            return PortfolioTriage.entry(for: UnlistedVendorPlan(vendorName: name, facts: facts), line: row.line,
                                         vendorIndex: PortfolioEntry.unlistedVendorIndex, horizon: horizon)
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

    /// The vendor id of an entry; for an unlisted vendor, `typed` (the
    /// row's own vendor text, trimmed and made safe to show).
    public func vendorID(of entry: PortfolioEntry, typed: String? = nil) -> String {
        let index = Int(entry.vendorIndex)
        if index < ids.count { return ids[index] }
        return UntrustedText.terminalSafe(typed?.trimmingSpaces ?? "")
    }
}
