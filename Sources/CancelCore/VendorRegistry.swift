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

    /// The policy for `id` (or a name, alias or domain of the vendor, see
    /// ``index(matching:)``), or an error naming the accepted ids.
    public func policy(id: String) throws(InputError) -> any VendorPolicy.Type {
        if let index = index(matching: id) { return policies[index] }
        throw InputError.notAccepted(id, for: "vendor", accepted: ids)
    }

    /// The plan for a vendor and checked facts. The product, when given, must
    /// be one of the vendor's.
    public func plan(vendor id: String, facts: AccountFacts) throws(InputError) -> any CancellationPlan {
        let policy = try policy(id: id)
        if let product = facts.product, !policy.description.products.contains(where: { $0.id == product }) {
            throw InputError.notAccepted(product, for: "product", accepted: policy.description.products.map(\.id))
        }
        return VendorRegistry.makePlan(policy, facts)
    }

    /// The plan for facts spelled as text (command line, files).
    public func plan(vendor id: String, raw: [Fact: String], today: CalendarDate) throws(InputError) -> any CancellationPlan {
        let policy = try policy(id: id)
        let facts = try FactParser.parse(raw, today: today, products: policy.description.products)
        return VendorRegistry.makePlan(policy, facts)
    }

    static func makePlan<Policy: VendorPolicy>(_ policy: Policy.Type, _ facts: AccountFacts) -> any CancellationPlan {
        Policy().plan(for: facts)
    }
}
