import CancelCore
import CancelCoreTesting
import CancelVendors

// The built-in vendors plus one of our own, in a registry this tool owns.
let registry = BuiltInVendors.registry.adding(InHousePolicy.self)

if let today = CalendarDate("2026-11-23") {
    for vendor in ["goto", "inhouse"] {
        do {
            let plan = try registry.plan(vendor: vendor, raw: [.renewal: "2027-01-31", .billing: "annual"], today: today)
            let report = plan.report(in: .en)
            print("\(report.vendorName): \(report.channel.rawValue), last day to act \(report.lastDayToAct?.description ?? "unknown"), ends \(report.effectiveEndDate?.description ?? "unknown")")
            for step in report.steps { print("  - \(step.text) [\(step.source.id) § \(step.source.section)]") }
        } catch {
            print(error.message(in: .en))
        }
    }
}

// Our own vendor passes the same conformance suite as the built-in ones.
let failures = VendorConformance.failures(of: InHousePolicy.self)
print("conformance of inhouse: \(failures.count) failure(s)")
for failure in failures { print("  \(failure)") }
