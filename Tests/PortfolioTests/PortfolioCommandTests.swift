import Testing
import Foundation
import CancelCore
import CancelPortfolio
import CancelCLI
import CancelVendors

@Suite("portfolio command")
final class PortfolioCommandTests {
    let today = CalendarDate("2026-11-23")!
    let header = "name,owner,vendor,product,seats,renewal,billing,notice-days\n"
    /// Each test's files (and the `--errors` files beside them), removed with it.
    let directory = NSTemporaryDirectory() + "portfolio-tests-\(UUID().uuidString)/"

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func temporaryFile(_ contents: String, _ suffix: String = ".csv") throws -> String {
        let path = directory + "portfolio-\(UUID().uuidString)\(suffix)"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func run(_ arguments: [String]) -> CommandOutput {
        CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today).run(arguments)
    }

    @Test("exit 0 when every row is planned; counts on stderr")
    func allPlanned() throws {
        let path = try temporaryFile(header + "Phones,ana,aircall,,40,2027-01-31,annual,\nDesk,bo,goto,connect,,2027-05-31,annual,\n")
        let out = run(["portfolio", path, "--format", "csv"])
        #expect(out.exitCode == 0)
        #expect(out.stderr.hasSuffix("2 rows read = 2 planned + 0 rejected\n"))
        #expect(out.stdout.split(separator: "\n").count == 3)
    }

    @Test("a file full of bad rows: every line reported, counts reconcile, exit 65")
    func allBad() throws {
        let rows = ["x,a,aircal,,,2027-01-01,,", "y,b,goto,,,2027-02-30,,", "z,c,aircall,,many,,,", "w,d,goto,,,,weekly,",
                    "v,e,whc,nope,,,,", "short,row", "\"unterminated,f,goto,,,,,"]
        let path = try temporaryFile(header + rows.joined(separator: "\n") + "\n")
        let out = run(["portfolio", path, "--format", "jsonl"])
        #expect(out.exitCode == 65)
        #expect(out.stdout.isEmpty)
        for line in 2...8 { #expect(out.stderr.contains("line \(line): "), "line \(line)") }
        #expect(out.stderr.contains("vendor 'aircal' is not a vendor cancelctl knows, but is close to one"))
        #expect(out.stderr.contains("renewal '2027-02-30' is not a real date"))
        #expect(out.stderr.hasSuffix("7 rows read = 0 planned + 7 rejected\n"))
    }

    @Test("--errors writes the rejected rows unchanged; fixed, they plan")
    func errorsRoundTrip() throws {
        let bad1 = "\"Multi\nline, name\",ana,aircal,,,2027-01-31,annual,"
        let bad2 = "Desk,bo,goto,,,2027-02-30,annual,"
        let path = try temporaryFile("\u{FEFF}" + header.replacingOccurrences(of: "\n", with: "\r\n") + bad1 + "\r\nGood,c,whc,,,2027-03-01,annual,\r\n" + bad2 + "\r\n")
        let errors = path + ".errors.csv"
        let out = run(["portfolio", path, "--errors", errors, "--sort", "input", "--format", "csv"])
        #expect(out.exitCode == 65)
        #expect(out.stderr.hasSuffix("3 rows read = 1 planned + 2 rejected\n"))
        let rejected = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(rejected == header.replacingOccurrences(of: "\n", with: "\r\n") + bad1 + "\r\n" + bad2 + "\r\n")
        let fixed = rejected.replacingOccurrences(of: "aircal,", with: "aircall,").replacingOccurrences(of: "02-30", with: "02-28")
        try fixed.write(toFile: errors, atomically: true, encoding: .utf8)
        let again = run(["portfolio", errors, "--format", "jsonl"])
        #expect(again.exitCode == 0)
        #expect(again.stderr.hasSuffix("2 rows read = 2 planned + 0 rejected\n"))
        #expect(again.stdout.contains("\"name\":\"Multi\\nline, name\""))
    }

    @Test("JSON Lines input is detected; JSON output has the documented keys")
    func jsonLines() throws {
        let path = try temporaryFile("{\"name\":\"Ché 😀\",\"vendor\":\"intercom\",\"renewal\":\"2027-01-10\",\"billing\":\"annual\",\"sales-assisted\":true,\"notice-days\":30}\n\n{\"vendor\":\"goto\",\"seats\":[1]}\n", ".jsonl")
        let out = run(["portfolio", path, "--format", "json"])
        #expect(out.exitCode == 65)
        #expect(out.stderr.contains("line 3: key 'seats' must be"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let array = try #require(document["rows"] as? [[String: Any]])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["counts"] as? [String: Int] == ["missed": 0, "act-soon": 1, "notice-sent": 0, "unknown": 0, "ok": 0, "no-deadline": 0, "cancelled": 0])
        let next = try #require(summary["nextDeadlines"] as? [[String: Any]])
        #expect(next.count == 1 && next.first?["deadline"] as? String == "2026-12-11")
        #expect(array.count == 1)
        let row = array[0]
        for key in ["line", "name", "owner", "reference", "vendor", "status", "deadline", "endDate", "daysLeft", "nextAction", "channel", "requiredRoles"] {
            #expect(row[key] != nil, "\(key)")
        }
        #expect(row["name"] as? String == "Ché 😀")
        #expect(row["deadline"] as? String == "2026-12-11")
        #expect(row["status"] as? String == "act-soon")
        #expect(row["requiredRoles"] as? [String] == ["owner", "billing-admin"])
    }

    @Test("usage errors exit 64; a missing file exits 74")
    func usage() throws {
        #expect(run(["portfolio"]).exitCode == 64)
        #expect(run(["portfolio", "a.csv", "b.csv"]).exitCode == 64)
        #expect(run(["portfolio", "a.csv", "--format", "xml"]).exitCode == 64)
        #expect(run(["portfolio", "a.csv", "--horizon", "-3"]).exitCode == 64)
        #expect(run(["portfolio", "/nonexistent/x.csv"]).exitCode == 74)
    }

    @Test("a near-miss column is an error; other unknown columns are ignored with a note")
    func columns() throws {
        let typo = try temporaryFile("vendor,renwal\ngoto,2027-01-01\n")
        let out = run(["portfolio", typo])
        #expect(out.exitCode == 65)
        #expect(out.stderr.contains("Did you mean 'renewal'?"))
        let extra = try temporaryFile("Vendor,Renewal,Billing,cost center\ngoto,2027-01-01,annual,42\n")
        let ok = run(["portfolio", extra, "--lang", "fr"])
        #expect(ok.exitCode == 0)
        #expect(ok.stderr.contains("cost center"))
        #expect(ok.stderr.hasSuffix("1 lignes lues = 1 planifiées + 0 rejetées\n"))
    }

    @Test("sorted by urgency by default, file order with --sort input")
    func sorting() throws {
        let path = try temporaryFile(header + "later,a,goto,,,2027-06-01,annual,\nsoon,b,goto,,,2026-11-30,annual,\nnone,c,goto,,,,,\n")
        let urgent = run(["portfolio", path, "--format", "csv"]).stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }
        // The unknown row's next action (find the facts) is due today.
        #expect(urgent == ["none", "soon", "later"])
        let input = run(["portfolio", path, "--format", "csv", "--sort", "input"]).stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }
        #expect(input == ["later", "soon", "none"])
    }

    @Test("text fits 80 columns; ICS is a valid calendar with folded CRLF lines")
    func textAndCalendar() throws {
        let long = String(repeating: "Long subscription name ", count: 6)
        let path = try temporaryFile(header + "\(long),owner,goto,,,2027-01-01,annual,\nb,c,intercom,,,,annual,\n")
        let text = run(["portfolio", path, "--lang", "fr"]).stdout
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(text.hasPrefix("NOM"))
        let ics = run(["portfolio", path, "--format", "ics"]).stdout
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 2, "only rows with a deadline")
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        #expect(ics.contains("DTSTART;VALUE=DATE:20261231"))
    }

    @Test("an unlisted vendor is a spreadsheet cell in CSV, sorted and streamed: quoted, formulas opened as text")
    func unlistedVendorCell() throws {
        // Main wrote it raw: the comma split the row into 19 fields and `=HYPERLINK` opened as a formula.
        let path = try temporaryFile("name,vendor,renewal,billing,notice-days\n"
                                     + "A,\"=HYPERLINK(\"\"x\"\"),y\",2027-01-01,annual,30\nB,Plain Vendor,2027-02-01,annual,30\n")
        for sort in ["urgency", "input"] {
            let out = run(["portfolio", path, "--format", "csv", "--sort", sort])
            #expect(out.exitCode == 0)
            let rows = out.stdout.split(separator: "\n").map(String.init)
            #expect(rows.count == 3)
            #expect(rows.contains { $0.hasPrefix("2,A,,\"'=HYPERLINK(\"\"x\"\"),y\",act-soon,") }, "\(rows)")
            #expect(rows.contains { $0.hasPrefix("3,B,,Plain Vendor,") }, "\(rows)")
        }
    }
}
