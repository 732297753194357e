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

    /// The memory by bytes as typed (``ByteKeyCache``) answers only for
    /// cells the general path sent to the unlisted branch: spaces, case,
    /// Unicode, control characters, registered spellings and near misses of
    /// registered ids, each twice and after each other, come out as planned
    /// alone, and a near miss is still refused with "did you mean".
    @Test func sameOutcomeForEdgeSpellingsRepeated() throws {
        let vendors = ["Zoom", " Zoom", "Zoom ", "\tZoom\t", "ZOOM", "zoom", "Zo om", "Zoöm", "Zoo\u{0301}m", "Zoom\u{7}",
                       "Zoom\u{1B}[31m", "Zoom\r", "Zoom\u{202E}", "Aircall", " aircall ", "AIRCALL", "aircal", "Aircal",
                       "aircalll", "intercm", "Intercom", "bitrix2", "bitrix24", "gotoo", "GoTo Connect", "goto",
                       "whcc", "whc", "aircall.io", "https://www.aircall.io/", "Salesforce", "Sales force", "Salesforcе",
                       String(repeating: "y", count: 63), String(repeating: "y", count: 64), String(repeating: "y", count: 65),
                       "monday.com", "box", "wix", "   ", ""]
        var names = UnlistedVendorNames()
        for (offset, vendor) in (vendors + vendors + vendors.reversed()).enumerated() {
            let row = PortfolioRow(line: offset + 2, vendor: vendor, raw: [.renewal: "2027-06-30", .noticeDays: "30"])
            let alone = outcome { () throws(InputError) in try planner.entry(for: row) }
            let remembered = outcome { () throws(InputError) in
                try PortfolioRecordBatch(row).withCells(0) { cells throws(InputError) in try planner.entry(for: cells, names: &names) }
            }
            #expect(remembered == alone, "row \(offset): \(vendor.debugDescription)")
            if vendor == "aircal" || vendor == "intercm" {
                #expect(remembered.contains("aircall") || remembered.contains("intercom"), "\(remembered)")
                #expect(!remembered.contains("PortfolioEntry"), "a near miss must be refused: \(remembered)")
            }
        }
    }

    /// More distinct names than the byte memory has slots: names replace
    /// each other in it, and every row still comes out as planned alone.
    @Test func sameOutcomeWhenNamesShareSlots() throws {
        let vendors = (0..<700).map { "Vendor \($0 % 350)" }
        var names = UnlistedVendorNames()
        for (offset, vendor) in vendors.enumerated() {
            let row = PortfolioRow(line: offset + 2, vendor: vendor, raw: [.renewal: "2027-06-30", .noticeMonths: "2"])
            let alone = outcome { () throws(InputError) in try planner.entry(for: row) }
            let remembered = outcome { () throws(InputError) in
                try PortfolioRecordBatch(row).withCells(0) { cells throws(InputError) in try planner.entry(for: cells, names: &names) }
            }
            #expect(remembered == alone, "row \(offset): \(vendor)")
        }
    }

    /// Past the limit of remembered names the byte memory starts over:
    /// names before and after that point, and repeats of both, still come
    /// out as planned alone (a refusal among them stays a refusal).
    @Test func sameOutcomeAcrossTheLimitOfRememberedNames() throws {
        let distinct = (0..<4_150).map { $0 == 4_100 ? "aircal" : "Firm \($0)" }
        let vendors = distinct + ["Firm 1", "aircal", "Firm 4099", "Firm 4120", "Firm 2"]
        var names = UnlistedVendorNames()
        for (offset, vendor) in vendors.enumerated() {
            let row = PortfolioRow(line: offset + 2, vendor: vendor, raw: [.renewal: "2027-06-30", .noticeDays: "30"])
            let remembered = outcome { () throws(InputError) in
                try PortfolioRecordBatch(row).withCells(0) { cells throws(InputError) in try planner.entry(for: cells, names: &names) }
            }
            guard offset % 97 == 0 || offset >= 4_095 else { continue }
            let alone = outcome { () throws(InputError) in try planner.entry(for: row) }
            #expect(remembered == alone, "row \(offset): \(vendor)")
        }
    }

    /// The id a writer shows for a vendor cell, remembered by its bytes, is
    /// the one ``PortfolioPlanner/unlistedVendorID(typed:)`` makes.
    @Test func rememberedVendorIDsAreTheGeneralOnes() {
        let vendors = ["Zoom", " Zoom ", "\tZoom", "Zoom\u{7}", "Zoöm", "Zoom\u{1B}", String(repeating: "z", count: 80)]
        var names = UnlistedVendorNames()
        for vendor in vendors + vendors + (0..<600).map({ "V\($0)" }) {
            var bytes = Array(vendor.utf8)
            bytes.withUnsafeMutableBufferPointer { bytes in
                let typed = UnsafeBufferPointer(bytes)
                #expect(names.vendorID(typed: typed) == PortfolioPlanner.unlistedVendorID(typed: typed), "\(vendor.debugDescription)")
            }
        }
    }
}
