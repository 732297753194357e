import CancelCore

/// The vendors that ship with cancelctl, assembled for the front end and
/// for tools that embed the planner.
///
/// The list is generated at build time by VendorRegistryPlugin from this
/// target's dependencies (Package.swift's `vendors`), so registering a
/// vendor is one entry there and nothing here.
public enum BuiltInVendors {
    /// Every built-in policy, in Package.swift order.
    public static let policies: [any VendorPolicy.Type] = generatedPolicies

    /// A registry of the built-in vendors; add your own with `adding(_:)`.
    public static var registry: VendorRegistry { VendorRegistry(policies) }
}
