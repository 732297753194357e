import Testing
import CancelCore
import CancelPortfolio
import CancelVendors

/// A thread remembers what each unlisted vendor name resolved to; a row
/// planned with that memory must come out exactly as planned alone, the
/// refusals (near misses, unusable names) included, however often and in
/// whatever order the names repeat.
@Suite("remembered vendor names plan rows as planned alone")
struct UnlistedVendorNamesTests {
    let planner = PortfolioPlanner(registry: BuiltInVendors.registry,
                                   today: CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0))

    func outcome(_ result: () throws(InputError) -> PortfolioEntry) -> String {
        do throws(InputError) {
            return String(describing: try result())
        } catch {
            return error.message(in: .en)
        }
    }

    @Test func sameOutcomeWithAndWithoutMemory() throws {
        let vendors = ["Zoom", "aircal", "Zoom", " Zoom ", "gotoo", "aircal", "slack", "Zoom\u{7}", "Zoom\u{7}",
                       String(repeating: "x", count: 120), "zoom", "Slack", "slack", "AIRCALL", "aircall.io"]
        var names = UnlistedVendorNames()
        for (offset, vendor) in (vendors + vendors.reversed()).enumerated() {
            let row = PortfolioRow(line: offset + 2, vendor: vendor, raw: [.renewal: "2027-06-30", .noticeDays: "30"])
            let alone = outcome { () throws(InputError) in try planner.entry(for: row) }
            let remembered = outcome { () throws(InputError) in
                try PortfolioRecordBatch(row).withCells(0) { cells throws(InputError) in try planner.entry(for: cells, names: &names) }
            }
            #expect(remembered == alone, "row \(offset): \(vendor)")
        }
    }
}
