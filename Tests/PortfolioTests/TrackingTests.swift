import Testing
import Foundation
import CancelCore
import CancelPortfolio
import CancelCLI
import CancelVendors

/// Issue 14 item 6: the file remembers what was already done (`notice-sent`,
/// `confirmed`, `reference`), so the same deadline is not shouted at every
/// run and a late notice is flagged.
@Suite("portfolio tracking")
struct TrackingTests {
    let today = CalendarDate("2026-11-23")!

    func entry(_ raw: [Fact: String]) throws -> PortfolioEntry {
        let planner = PortfolioPlanner(registry: BuiltInVendors.registry, today: today)
        var facts: [Fact: String] = [.renewal: "2027-01-31", .billing: "annual", .noticeDays: "30"]
        facts.merge(raw) { $1 }
        return try planner.entry(for: PortfolioRow(line: 2, vendor: "goto", raw: facts))
    }

    @Test("a notice sent in time: notice-sent, chase a confirmation 10 business days later, no deadline left")
    func sentInTime() throws {
        let e = try entry([.noticeSent: "2026-11-20"])
        #expect(e.status == .noticeSent)
        #expect(e.action == .chaseConfirmation)
        // Friday 2026-11-20 + 10 business days = Friday 2026-12-04.
        #expect(e.actionDate == CalendarDate("2026-12-04"))
        #expect(e.deadline == nil && e.daysLeft == nil)
        #expect(!e.late)
        #expect(e.endDate == CalendarDate("2027-01-31"))
        #expect(e.noticeSent == CalendarDate("2026-11-20"))
        // Sent long ago: the chase is due today, not in the past.
        #expect(try entry([.noticeSent: "2026-10-01"]).actionDate == today)
    }

    @Test("a notice sent after its deadline is late, with the deadline it missed and the rolled end")
    func sentLate() throws {
        let e = try entry([.renewal: "2026-11-30", .noticeSent: "2026-11-20"])
        #expect(e.status == .noticeSent)
        #expect(e.late)
        #expect(e.missedDeadline == CalendarDate("2026-10-31"))
        #expect(e.endDate == CalendarDate("2027-11-30"))
    }

    @Test("confirmed: cancelled, nothing left to do, the end date kept")
    func confirmed() throws {
        let e = try entry([.noticeSent: "2026-11-01", .confirmed: "2026-11-10"])
        #expect(e.status == .cancelled)
        #expect(e.action == .none && e.actionDate == nil)
        #expect(e.endDate == CalendarDate("2027-01-31"))
        #expect(e.confirmed == CalendarDate("2026-11-10"))
        // Confirmed with no sent date given is cancelled too.
        #expect(try entry([.confirmed: "2026-11-10"]).status == .cancelled)
    }

    @Test("a tracking date after --today is rejected, naming the value")
    func futureDates() throws {
        let planner = PortfolioPlanner(registry: BuiltInVendors.registry, today: today)
        #expect(throws: InputError.self) {
            try planner.entry(for: PortfolioRow(line: 2, vendor: "goto", raw: [.renewal: "2027-01-31", .noticeSent: "2026-11-24"]))
        }
        #expect(throws: InputError.self) {
            try planner.entry(for: PortfolioRow(line: 2, vendor: "goto", raw: [.renewal: "2027-01-31", .confirmed: "2027-01-01"]))
        }
    }

    @Test("a spreadsheet with tracking columns: statuses, text details, CSV and JSON fields")
    func spreadsheet() throws {
        let path = NSTemporaryDirectory() + "tracking-\(UUID().uuidString).csv"
        try """
        Name;Supplier;Renewal Date;Billing;Notice Days;Notice Sent On;Confirmed On;Ref
        InTime;GoTo;2027-01-31;Annual;30;2026-11-20;;T-1
        Late;goto.com;2026-11-30;annual;30;2026-11-20;;
        Done;goto;2027-01-31;annual;30;2026-11-01;2026-11-10;C-9
        Future;goto;2027-01-31;annual;30;2026-12-20;;
        Open;goto;2026-12-20;annual;;;;

        """.write(toFile: path, atomically: true, encoding: .utf8)
        let ctl = CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today)
        let text = ctl.run(["portfolio", path])
        #expect(text.exitCode == 65)
        #expect(text.stderr.contains("line 5: notice-sent '2026-12-20' is after today (2026-11-23)"))
        // Detail lines wrap at 80 columns with a 4-space indent: unwrap them.
        let unwrapped = text.stdout.replacingOccurrences(of: "\n    ", with: " ")
        #expect(unwrapped.contains("chase date: cancelctl’s rule, 10 business days after sending"))
        #expect(unwrapped.contains("LATE: the deadline was 2026-10-31 · renewed, ends 2027-11-30"))
        #expect(unwrapped.contains("still to come: a final invoice"))
        #expect(unwrapped.contains("reference: T-1"))
        #expect(text.stdout.contains("Summary: 1 act-soon · 2 notice-sent · 1 cancelled"))
        let fr = ctl.run(["portfolio", path, "--lang", "fr"]).stdout
        #expect(fr.contains("préavis envoyé") && fr.contains("résiliée") && fr.contains("relancer"))
        let csv = ctl.run(["portfolio", path, "--format", "csv", "--sort", "input"]).stdout.split(separator: "\n")
        #expect(csv.first?.hasSuffix(",noticeSent,confirmed,late") == true)
        #expect(csv[2].contains(",notice-sent,") && csv[2].hasSuffix(",2026-11-20,,true"))
        #expect(csv[3].contains(",cancelled,") && csv[3].hasSuffix(",2026-11-01,2026-11-10,false"))
        let jsonl = ctl.run(["portfolio", path, "--format", "jsonl", "--sort", "input"]).stdout.split(separator: "\n")
        let late = try #require(try JSONSerialization.jsonObject(with: Data(jsonl[1].utf8)) as? [String: Any])
        #expect(late["late"] as? Bool == true)
        #expect(late["noticeSent"] as? String == "2026-11-20")
        #expect(late["nextAction"] as? String == "chase-confirmation")
        #expect(late["missedDeadline"] as? String == "2026-10-31")
    }
}
