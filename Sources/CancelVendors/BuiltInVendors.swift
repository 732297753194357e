import Aircall
import Bitrix24
import CancelCore
import GoTo
import Intercom
import WHC

/// The vendors that ship with cancelctl, assembled for the front end and
/// for tools that embed the planner.
public enum BuiltInVendors {
    public static let policies: [any VendorPolicy.Type] = [
        AircallPolicy.self,
        IntercomPolicy.self,
        Bitrix24Policy.self,
        GoToPolicy.self,
        WHCPolicy.self,
    ]

    /// A registry of the built-in vendors; add your own with `adding(_:)`.
    public static var registry: VendorRegistry { VendorRegistry(policies) }
}
