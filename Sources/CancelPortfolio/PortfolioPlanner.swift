import CancelCore

/// Plans one portfolio row with the same ``FactParser`` and
/// ``VendorRegistry`` as the `plan` command, and triages the result.
public struct PortfolioPlanner: Sendable {
    public let registry: VendorRegistry
    public let today: CalendarDate
    public let horizon: Int
    private let ids: [String]
    /// The ids as bytes: a vendor cell compares with them faster than with the `String`s.
    private let idBytes: [[UInt8]]
    /// The ids as two words each (nil for one longer than 15 bytes): a
    /// vendor cell is matched with a compare of words per id.
    private let idKeys: [ShortText?]
    /// Each vendor's products, read once: a policy's `description` is a
    /// large value, and copying it for every row showed in profiles.
    private let products: [[Product]]
    /// Every name, alias and domain of each vendor (``VendorRegistry/matchKeys``).
    private let vendorKeys: [String: Int]
    /// Products named by an alias (``VendorRegistry/impliedProducts``).
    private let impliedProducts: [String: String]

    public init(registry: VendorRegistry, today: CalendarDate, horizon: Int = PortfolioTriage.defaultHorizon) {
        self.registry = registry
        self.today = today
        self.horizon = horizon
        self.ids = registry.ids
        self.idBytes = registry.ids.map { Array($0.utf8) }
        self.idKeys = idBytes.map { bytes in bytes.withUnsafeBufferPointer { ShortText($0) } }
        self.products = registry.policies.map { $0.description.products }
        self.vendorKeys = registry.matchKeys
        self.impliedProducts = registry.impliedProducts
    }

    /// The row's entry, or the error `plan` would report for the same facts.
    /// A vendor cancelctl has no rules for is planned from the row's contract
    /// terms (``PortfolioEntry/unlistedVendorIndex``); a near miss of a
    /// registered id is refused with "did you mean", as `plan` does.
    public func entry(for row: PortfolioRow) throws(InputError) -> PortfolioEntry {
        try PortfolioRecordBatch(row).withCells(0) { cells throws(InputError) in try entry(for: cells) }
    }

    /// The same from a row's bytes: what `portfolio` runs for every row.
    public func entry(for cells: PortfolioCells) throws(InputError) -> PortfolioEntry {
        var names = UnlistedVendorNames()
        return try entry(for: cells, names: &names)
    }

    /// The same, remembering in `names` what each vendor name cancelctl has
    /// no rules for resolved to: resolving one compares it with every id
    /// (edit distances), tens of thousands of instructions, and a file
    /// names the same few such vendors on many rows. One `names` per thread.
    public func entry(for cells: PortfolioCells, names: inout UnlistedVendorNames) throws(InputError) -> PortfolioEntry {
        // An exact id first, on the bytes: no String for the common case.
        let typed = cells[.vendor]
        var exact: Int?
        if let value = ASCIIValue(trimming: typed) {
            let key = ShortText(value.bytes)
            for index in idKeys.indices {
                if let id = idKeys[index] {
                    guard id == key else { continue }
                } else if !value.equals(idBytes[index]) {
                    continue
                }
                exact = index
                break
            }
        }
        // A vendor cancelctl has no rules for, seen before on this thread:
        // what its bytes resolved to, without decoding them again.
        if exact == nil, try names.resolved(typed: typed) != nil {
            return try unlistedEntry(cells)
        }
        let vendor = exact == nil ? cells.text(.vendor).trimmingSpaces : ""
        let key = exact == nil ? VendorRegistry.matchKey(vendor) : ""
        guard let index = exact ?? vendorKeys[key] else {
            guard !vendor.isEmpty else {
                let list = ids.joined(separator: ", ")
                throw InputError(value: "", option: "vendor", reason: LocalizedText(en: "is missing", fr: "est manquant"),
                                 accepted: LocalizedText(en: "one of: \(list), or another vendor’s name", fr: "l’un de : \(list), ou le nom d’un autre fournisseur"))
            }
            // Resolved for its refusals (a near miss, an unusable name).
            _ = try names.resolve(vendor, typed: typed) { () throws(InputError) in
                guard case .unlisted(let name) = try registry.resolve(vendor) else {
                    throw InputError.notAccepted(vendor, for: "vendor", accepted: ids)
                }
                return name
            }
            return try unlistedEntry(cells)
        }
        // A vendor written as `GoTo Connect` names the product too, unless
        // the row gives one.
        let implied = exact == nil && cells[.product].isEmpty ? impliedProducts[key] : nil
        // FactParser checks the product against the vendor's, as `registry.plan` would.
        var facts = AccountFacts(today: today)
        if let implied {
            var bytes = Array(implied.utf8)
            try bytes.withUnsafeMutableBufferPointer { product throws(InputError) in
                try FactParser.parse(cells.facts(product: UnsafeBufferPointer(product)),
                                     given: cells.givenFacts | 1 << UInt32(Fact.product.index),
                                     into: &facts, products: products[index])
            }
        } else {
            try FactParser.parse(cells.facts(), given: cells.givenFacts, into: &facts, products: products[index])
        }
        return PortfolioPlanner.entry(registry.policies[index], facts, line: cells.line, vendorIndex: index, horizon: horizon)
    }

    /// The entry of a row whose vendor cancelctl has no rules for, planned
    /// from the row's contract terms, once its name is accepted (the name
    /// does not move an outline: ``UnlistedVendorPlan/outline(for:)``).
    private func unlistedEntry(_ cells: PortfolioCells) throws(InputError) -> PortfolioEntry {
        var facts = AccountFacts(today: today)
        try FactParser.parse(cells.facts(), given: cells.givenFacts, into: &facts, products: nil)
        return PortfolioTriage.entry(for: UnlistedVendorPlan.outline(for: facts), line: cells.line,
                                     vendorIndex: PortfolioEntry.unlistedVendorIndex, horizon: horizon)
    }

    /// Plans with the concrete policy type, so the plan is not boxed in an
    /// existential for every row.
    private static func entry<Policy: VendorPolicy>(_ policy: Policy.Type, _ facts: AccountFacts, line: Int,
                                                    vendorIndex: Int, horizon: Int) -> PortfolioEntry {
        PortfolioTriage.entry(Policy.self, facts: facts, line: line, vendorIndex: vendorIndex, horizon: horizon)
    }

    /// The vendor id of an entry; for an unlisted vendor, `typed` (the
    /// row's own vendor text, trimmed and made safe to show).
    public func vendorID(of entry: PortfolioEntry, typed: String? = nil) -> String {
        let index = Int(entry.vendorIndex)
        if index < ids.count { return ids[index] }
        return UntrustedText.terminalSafe(typed?.trimmingSpaces ?? "")
    }

    /// The same, with the vendor as typed in bytes (decoded only for a
    /// vendor cancelctl has no rules for).
    public func vendorID(of entry: PortfolioEntry, typed: UnsafeBufferPointer<UInt8>) -> String {
        let index = Int(entry.vendorIndex)
        if index < ids.count { return ids[index] }
        return PortfolioPlanner.unlistedVendorID(typed: typed)
    }

    /// The id of a vendor cancelctl has no rules for: the row's vendor as
    /// typed, trimmed and made safe to show. Static, so a writer names such
    /// a row without holding the planner.
    package static func unlistedVendorID(typed: UnsafeBufferPointer<UInt8>) -> String {
        UntrustedText.terminalSafe(String(decoding: typed, as: UTF8.self).trimmingSpaces)
    }
}
