/// The vendors a planner knows. A value, not a global: a host tool builds
/// its own (the built-in vendors, its own, or both) and passes it along.
public struct VendorRegistry: Sendable {
    public let policies: [any VendorPolicy.Type]

    public init(_ policies: [any VendorPolicy.Type]) {
        var seen: [String] = []
        var unique: [any VendorPolicy.Type] = []
        for policy in policies {
            let id = policy.description.id
            if let index = seen.firstIndex(of: id) {
                unique[index] = policy
            } else {
                seen.append(id)
                unique.append(policy)
            }
        }
        self.policies = unique
    }

    /// This registry with `policy` added, replacing a vendor of the same id.
    public func adding(_ policy: any VendorPolicy.Type) -> VendorRegistry {
        VendorRegistry(policies + [policy])
    }

    public var ids: [String] { policies.map { $0.description.id } }
    public var descriptions: [VendorDescription] { policies.map { $0.description } }

    /// The policy for `id`, or an error naming the accepted ids.
    public func policy(id: String) throws(InputError) -> any VendorPolicy.Type {
        if let policy = registered(id) { return policy }
        throw InputError.notAccepted(id, for: "vendor", accepted: ids)
    }

    /// The registered vendor for `id`, matched without regard to case or
    /// surrounding spaces.
    public func registered(_ id: String) -> (any VendorPolicy.Type)? {
        if let exact = policies.first(where: { $0.description.id == id }) { return exact }
        let key = UnlistedVendor.id(for: id)
        return policies.first { $0.description.id == key }
    }

    /// What a `--vendor` value names.
    public enum Resolution: Sendable {
        case registered(any VendorPolicy.Type)
        /// A vendor cancelctl has no rules for, named as typed (trimmed).
        case unlisted(String)
    }

    /// Longest vendor name accepted for an unlisted vendor.
    public static let unlistedNameLimit = 100

    /// A registered vendor, or an unlisted one planned from its contract
    /// terms. A near miss of a registered id (a typo or a prefix: `aircal`,
    /// `gotoo`) is an error with "did you mean", never a silent generic plan.
    public func resolve(_ id: String) throws(InputError) -> Resolution {
        if let policy = registered(id) { return .registered(policy) }
        let name = id.trimmingSpaces
        guard !name.isEmpty else {
            throw InputError(value: id, option: "vendor", reason: LocalizedText(en: "is empty", fr: "est vide"),
                             accepted: LocalizedText(en: "a vendor id or name", fr: "un identifiant ou un nom de fournisseur"))
        }
        if let near = nearMiss(name) {
            throw InputError(value: id, option: "vendor",
                             reason: LocalizedText(en: "is not a vendor cancelctl knows, but is close to one",
                                                   fr: "n’est pas un fournisseur connu de cancelctl, mais en est proche"),
                             accepted: LocalizedText(en: "one of: \(ids.joined(separator: ", ")), or another vendor’s name",
                                                     fr: "l’un de : \(ids.joined(separator: ", ")), ou le nom d’un autre fournisseur"),
                             suggestion: near)
        }
        guard name.utf8.count <= 4 * VendorRegistry.unlistedNameLimit, name.count <= VendorRegistry.unlistedNameLimit,
              !name.unicodeScalars.contains(where: UntrustedText.isUnsafe) else {
            throw InputError(value: UntrustedText.terminalSafe(name), option: "vendor",
                             reason: LocalizedText(en: "is not a usable vendor name", fr: "n’est pas un nom de fournisseur utilisable"),
                             accepted: LocalizedText(en: "one line of at most \(VendorRegistry.unlistedNameLimit) characters",
                                                     fr: "une ligne d’au plus \(VendorRegistry.unlistedNameLimit) caractères"))
        }
        return .unlisted(name)
    }

    /// The registered id `name` is a near miss of: a prefix either way (three
    /// characters or more), or a few edits away, scaled to the length so
    /// that short real names (`wix`, `box`) are not taken for typos.
    public func nearMiss(_ name: String) -> String? {
        // A long name is no typo: skip the quadratic comparison (a pasted file).
        guard name.utf8.count <= 64 else { return nil }
        let typed = Array(name.lowercased())
        guard typed.count >= 2 else { return nil }
        var best: (id: String, distance: Int)?
        for id in ids {
            let known = Array(id)
            let shorter = min(typed.count, known.count)
            if shorter >= 3 && (known.starts(with: typed) || typed.starts(with: known)) { return id }
            let distance = Suggestion.editDistance(typed, known)
            let limit = min(2, max(1, shorter / 3))
            if distance <= limit && distance < (best?.distance ?? Int.max) { best = (id, distance) }
        }
        return best?.id
    }

    /// The plan for a vendor and checked facts. The product, when given, must
    /// be one of the vendor's.
    public func plan(vendor id: String, facts: AccountFacts) throws(InputError) -> any CancellationPlan {
        switch try resolve(id) {
        case .registered(let policy):
            if let product = facts.product, !policy.description.products.contains(where: { $0.id == product }) {
                throw InputError.notAccepted(product, for: "product", accepted: policy.description.products.map(\.id))
            }
            return VendorRegistry.makePlan(policy, facts)
        case .unlisted(let name):
            return UnlistedVendorPlan(vendorName: name, facts: facts)
        }
    }

    /// The plan for facts spelled as text (command line, files).
    public func plan(vendor id: String, raw: [Fact: String], today: CalendarDate) throws(InputError) -> any CancellationPlan {
        switch try resolve(id) {
        case .registered(let policy):
            let facts = try FactParser.parse(raw, today: today, products: policy.description.products)
            return VendorRegistry.makePlan(policy, facts)
        case .unlisted(let name):
            let facts = try FactParser.parse(raw, today: today, products: nil)
            return UnlistedVendorPlan(vendorName: name, facts: facts)
        }
    }

    static func makePlan<Policy: VendorPolicy>(_ policy: Policy.Type, _ facts: AccountFacts) -> any CancellationPlan {
        Policy().plan(for: facts)
    }
}
