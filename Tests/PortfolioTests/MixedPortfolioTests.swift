import Testing
import Foundation
import CancelCore
import CancelCLI
import CancelVendors

/// A company's whole file: the five vendors cancelctl knows and the ones it
/// does not, with every contract shape. Every row comes out.
@Suite("portfolio of known and unlisted vendors")
struct MixedPortfolioTests {
    let today = CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0)

    func run(_ csv: String, _ extra: [String] = []) throws -> CommandOutput {
        let path = NSTemporaryDirectory() + "mixed-\(UUID().uuidString).csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today)
            .run(["portfolio", path, "--format", "csv"] + extra)
    }

    /// Rows by name: (status, deadline, end date).
    func rows(_ output: CommandOutput) -> [String: (status: String, deadline: String, end: String)] {
        var rows: [String: (String, String, String)] = [:]
        for line in output.stdout.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > 6 else { continue }
            rows[cells[1]] = (cells[4], cells[5], cells[6])
        }
        return rows
    }

    @Test("every row is planned, the unlisted ones from their terms, the most urgent first")
    func mixed() throws {
        let csv = """
        name,vendor,product,seats,renewal,billing,term-months,renewal-term-months,notice-days,notice-months,auto-renew,period-end
        Phones,aircall,,40,2027-06-30,annual,,,90,,,
        Video,zoom,,,2026-12-15,annual,12,12,60,,,
        Chat,slack,,,2027-03-31,annual,,,,,no,
        CRM,salesforce,Enterprise,,2027-06-30,,24,12,,3,,
        Ledger,xero,,,,,,,,3,,quarter
        Site,whc,ssl,,2027-02-01,annual,,,,,,
        Support,intercom,,,2027-01-15,monthly,,,,,,
        Webinars,goto,webinar,,2027-05-31,annual,,,30,,,
        Portal,bitrix24,cloud,,2027-01-31,monthly,,,,,,

        """
        let output = try run(csv)
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(output.stderr.hasSuffix("9 rows read = 9 planned + 0 rejected\n"))
        let r = rows(output)
        #expect(r.count == 9)
        // The contract's 90 days beat Aircall's 30.
        #expect(r["Phones"]?.deadline == "2027-04-01")
        // Zoom's 60-day deadline (Oct 16) passed: rolled a year by its 12-month renewals.
        #expect(r["Video"]?.status == "missed")
        #expect(r["Video"]?.end == "2027-12-15")
        // Ends by itself: nothing to send.
        #expect(r["Chat"]?.status == "no-deadline")
        #expect(r["Chat"]?.end == "2027-03-31")
        // 3 months before June 30 is March 30.
        #expect(r["CRM"]?.deadline == "2027-03-30")
        // Rolling to a quarter end with 3 months' notice: Dec 31's deadline (Sep 30) passed.
        #expect(r["Ledger"]?.end == "2027-03-31")
        #expect(r["Ledger"]?.deadline == "2026-12-31")
        #expect(r["Webinars"]?.deadline == "2027-05-01")
    }

    @Test("a near miss of a registered vendor is rejected with its line, the rest planned")
    func nearMiss() throws {
        let output = try run("name,vendor,renewal\nA,aircal,2027-01-01\nB,zoom,2027-01-01\n")
        #expect(output.exitCode == 65)
        #expect(output.stderr.contains("line 2: vendor 'aircal'"))
        #expect(output.stderr.contains("Did you mean 'aircall'?"))
        #expect(output.stderr.hasSuffix("2 rows read = 1 planned + 1 rejected\n"))
    }

    @Test("contract facts that contradict each other reject the row with its line number", arguments: [
        ("notice-days,notice-months\n30,2", "notice-months '2' cannot be given with --notice-days"),
        ("auto-renew,period-end\nno,month", "period-end 'month' cannot be given with --auto-renew no"),
        ("auto-renew,renewal-term-months\nno,12", "renewal-term-months '12' cannot be given with --auto-renew no"),
        ("notice-months,period-end\n30,month", "notice-months '30' is out of range"),
        ("channel,notice-days\nfax,30", "channel 'fax' is not accepted"),
    ])
    func contradictions(columns: String, message: String) throws {
        let lines = columns.split(separator: "\n").map(String.init)
        let csv = "name,vendor,renewal," + lines[0] + "\nA,zoom,2027-01-01," + lines[1] + "\nB,zoom,2027-01-01,,\n"
        let output = try run(csv)
        #expect(output.exitCode == 65)
        #expect(output.stderr.contains("line 2: " + message), "\(output.stderr)")
        #expect(output.stderr.hasSuffix("2 rows read = 1 planned + 1 rejected\n"))
    }

    @Test("a long unlisted vendor name is cut in the table so the columns stay aligned")
    func longVendorName() throws {
        let path = NSTemporaryDirectory() + "mixed-\(UUID().uuidString).csv"
        try "name,vendor,renewal,notice-days\nA,salesforce-enterprise-suite,2027-06-30,30\nB,zoom,2027-06-30,30\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today).run(["portfolio", path])
        let lines = output.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        let statusColumn = try #require(header.range(of: "STATUS")).lowerBound.utf16Offset(in: header)
        let rows = lines.filter { $0.hasPrefix("A ") || $0.hasPrefix("B ") }
        #expect(rows.count == 2)
        for row in rows {
            let status = try #require(row.range(of: "ok")).lowerBound.utf16Offset(in: row)
            #expect(status == statusColumn, "\(row)")
        }
        #expect(output.stdout.contains("salesfor…"))
    }
}
