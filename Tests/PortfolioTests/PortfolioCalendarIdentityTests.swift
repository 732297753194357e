import Testing
import Foundation
import CancelCore
import CancelCLI
import CancelVendors

/// Portfolio calendar events are named by what the subscription is: its
/// `id` column when the file has one, else vendor, product and name; never
/// its line, so a corrected or reordered file updates events on re-import.
@Suite("portfolio calendar identity")
struct PortfolioCalendarIdentityTests {
    let today = CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0)

    func calendar(_ csv: String, sort: String = "urgency") throws -> CommandOutput {
        let path = NSTemporaryDirectory() + "calendar-\(UUID().uuidString).csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today)
            .run(["portfolio", path, "--format", "ics", "--sort", sort])
    }

    func uids(_ output: CommandOutput) -> [String] {
        output.stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }

    @Test("with an id column, renaming or moving a row keeps its events", arguments: ["urgency", "input"])
    func idColumn(sort: String) throws {
        let before = try calendar("id,name,vendor,renewal,notice-days\nS-1,Phones,aircall,2027-06-30,\nS-2,Chat,zoom,2027-03-31,30\n", sort: sort)
        let after = try calendar("id,name,vendor,renewal,notice-days\nS-9,New,zoom,2027-09-30,30\nS-2,Team chat,zoom,2027-03-31,30\nS-1,Phone system,aircall,2027-06-30,\n", sort: sort)
        let old = Set(uids(before)), new = Set(uids(after))
        #expect(old.count == 2)
        #expect(old.isSubset(of: new), "\(old) not in \(new)")
    }

    @Test("without an id, the product is part of the identity")
    func productIdentity() throws {
        let output = try calendar("name,vendor,product,renewal\nDesk,goto,webinar,2027-05-31\nDesk,goto,connect,2027-05-31\n")
        #expect(Set(uids(output)).count == uids(output).count)
        #expect(!output.stderr.contains("several rows"))
    }

    @Test("two rows with the same id are reported")
    func duplicateIds() throws {
        let output = try calendar("id,name,vendor,renewal,notice-days\nS-1,A,zoom,2027-06-30,30\nS-1,B,zoom,2027-07-31,30\n")
        #expect(output.stderr.contains("several rows"))
        #expect(output.stderr.contains("[id S-1]"))
        #expect(Set(uids(output)).count == 2)
    }

    @Test("synonyms of the id column", arguments: ["ID", "Subscription ID", "contract_id", "Identifiant"])
    func synonyms(header: String) throws {
        let a = try calendar("\(header),name,vendor,renewal,notice-days\nS-1,A,zoom,2027-06-30,30\n")
        #expect(uids(a).count == 1)
        let b = try calendar("\(header),name,vendor,renewal,notice-days\nS-1,Renamed,zoom,2027-06-30,30\n")
        #expect(uids(a) == uids(b))
        #expect(!a.stderr.contains("ignored"), "\(a.stderr)")
    }
}
