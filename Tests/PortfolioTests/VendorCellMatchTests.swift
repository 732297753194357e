import Testing
import CancelCore
import CancelPortfolio
import CancelVendors

/// ``PortfolioPlanner`` matches a vendor cell against the registry's ids as
/// two words each (``ShortText``) before any `String` is made; these check
/// that the word match names the same vendor as the registry's own
/// resolution, for exact ids, ids with spaces around, other cases and near
/// misses of every length.
@Suite struct VendorCellMatchTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)

    @Test func theWordMatchNamesTheRegistrysVendor() {
        let registry = BuiltInVendors.registry
        let planner = PortfolioPlanner(registry: registry, today: today)
        var typed: [String] = []
        for id in registry.ids {
            typed += [id, " \(id)\t", id.uppercased(), id + "x", String(id.dropLast()), id + "\u{0}", "x" + id.dropFirst()]
        }
        typed += ["", " ", "a-vendor-name-longer-than-15", "Unknown Vendor Ltd"]
        for text in typed {
            let row = PortfolioRow(line: 2, vendor: text, raw: [.renewal: "2027-01-31"])
            // What `plan --vendor` would name: the registry's own matching.
            let expected = registry.index(matching: text.trimmingSpaces).map { registry.ids[$0] }
            let entry = try? planner.entry(for: row)
            let named = entry.flatMap { $0.isUnlistedVendor ? nil : planner.vendorID(of: $0) }
            #expect(named == expected, "vendor '\(text.debugDescription)'")
        }
    }
}
