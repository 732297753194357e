import Foundation
import Testing
import CancelCore
import CancelVendors
@testable import CancelCLI

/// The contract facts on the command line: applied, refused with exit 64, or
/// named as ignored; and any vendor planned from its terms.
@Suite("Contract terms on the command line")
struct ContractTermsCommandTests {
    @Test("contradictory or out-of-range contract facts exit 64 naming the value, nothing on stdout", arguments: [
        (["--notice-days", "30", "--notice-months", "1"], "--notice-months '1' cannot be given with --notice-days"),
        (["--period-end", "quarter", "--auto-renew", "no"], "--period-end 'quarter' cannot be given with --auto-renew no"),
        (["--renewal-term-months", "12", "--auto-renew", "no"], "--renewal-term-months '12' cannot be given with --auto-renew no"),
        (["--notice-months", "25"], "--notice-months '25' is out of range"),
        (["--notice-months", "0"], "--notice-months '0' is out of range"),
        (["--notice-days", "731"], "--notice-days '731' is out of range"),
        (["--renewal-term-months", "x"], "--renewal-term-months 'x' is not a whole number"),
        (["--auto-renew", "maybe"], "--auto-renew 'maybe' is not accepted"),
        (["--period-end", "week"], "--period-end 'week' is not accepted; expected one of: month, quarter, year."),
        (["--channel", "fax"], "--channel 'fax' is not accepted; expected one of: self-service, email, support, account-manager, unknown."),
        (["--channel", "emial"], "Did you mean 'email'?"),
        (["--notice-sent", "2026-11-24"], "--notice-sent '2026-11-24' is after today (2026-11-23)"),
        (["--confirmed", "2026-12-01"], "--confirmed '2026-12-01' is after today"),
        (["--notice-sent", "2026-11-20", "--confirmed", "2026-11-10"], "--confirmed '2026-11-10' is before the notice was sent"),
        (["--notice-sent", "31/10/2026"], "--notice-sent '31/10/2026' is not written YYYY-MM-DD: use YYYY-MM-DD"),
    ] as [([String], String)])
    func refused(extra: [String], message: String) {
        for vendor in ["aircall", "zoom"] {
            let output = Fixture.run(["plan", "--vendor", vendor, "--renewal", "2027-06-30"] + extra)
            #expect(output.exitCode == 64, "\(vendor) \(extra)")
            #expect(output.stdout.isEmpty)
            #expect(output.stderr.hasPrefix("Error: "))
            #expect(output.stderr.contains(message), "\(output.stderr)")
        }
    }

    @Test("the same refusals in French")
    func frenchRefusal() {
        let output = Fixture.run(["plan", "--vendor", "goto", "--notice-days", "30", "--notice-months", "1", "--lang", "fr"])
        #expect(output.exitCode == 64)
        #expect(output.stderr.contains("ne peut pas être donné avec --notice-days"))
    }

    @Test("every precedence case of the issue, end to end")
    func precedence() throws {
        func json(_ args: [String]) throws -> [String: Any] {
            let output = Fixture.run(["plan", "--format", "json"] + args)
            #expect(output.exitCode == 0, "\(output.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        }
        let base = ["--vendor", "aircall", "--renewal", "2027-06-30", "--billing", "annual"]
        let long = try json(base + ["--seats", "40", "--notice-days", "90"])
        #expect(long["noticeDeadline"] as? String == "2027-04-01")
        #expect(long["noticeDays"] as? Int == 90)
        let short = try json(base + ["--seats", "40", "--notice-days", "10"])
        #expect(short["noticeDeadline"] as? String == "2027-05-31")
        #expect(short["noticeDays"] as? Int == 30)
        // A vendor whose article sets no notice (Aircall's 1-10 seats now
        // count 30 days too, issue 12): the contract's notice applies alone.
        let small = try json(["--vendor", "goto", "--renewal", "2027-06-30", "--billing", "annual", "--notice-days", "60"])
        #expect(small["noticeDeadline"] as? String == "2027-05-01")
        let ids = { (d: [String: Any]) in ((d["warnings"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }
        #expect(ids(long).contains("contract-notice-earlier"))
        #expect(ids(short).contains("article-notice-earlier"))
        #expect(ids(small).contains("contract-notice-applies"))
    }

    @Test("notice in months and a quarter end: 3 months before June 30 is March 30, said so")
    func monthsAndQuarter() throws {
        let output = Fixture.run(["plan", "--vendor", "goto", "--renewal", "2027-06-30", "--notice-months", "3", "--format", "json"])
        let d = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(d["noticeDeadline"] as? String == "2027-03-30")
        #expect(d["noticeMonths"] as? Int == 3)
        #expect(output.stdout.contains("notice-months-month-end"))
        let quarter = Fixture.run(["plan", "--vendor", "acme-crm", "--notice-months", "3", "--period-end", "quarter", "--format", "json"])
        let q = try #require(try JSONSerialization.jsonObject(with: Data(quarter.stdout.utf8)) as? [String: Any])
        // Today 2026-11-23: Dec 31 needs notice by Sep 30 (passed); March 31 by Dec 31.
        #expect(q["effectiveEndDate"] as? String == "2027-03-31")
        #expect(q["noticeDeadline"] as? String == "2026-12-31")
        #expect(q["periodEnd"] as? String == "quarter")
        #expect(q["knownVendor"] as? Bool == false)
    }

    @Test("an unlisted vendor is planned from its terms; near misses still fail", arguments: [
        ("zoom", true), ("Salesforce", true), ("wix", true), ("box", true),
        ("aircal", false), ("gotoo", false), ("intercon", false), ("bitrix", false), ("whcc", false),
    ])
    func unlisted(vendor: String, planned: Bool) {
        let output = Fixture.run(["plan", "--vendor", vendor, "--renewal", "2027-01-31", "--notice-days", "60"])
        if planned {
            #expect(output.exitCode == 0, "\(output.stderr)")
            #expect(output.stdout.contains("no-vendor-guidance"))
            #expect(output.stdout.contains("December 2, 2026"))
        } else {
            #expect(output.exitCode == 64)
            #expect(output.stderr.contains("Did you mean"), "\(output.stderr)")
        }
    }

    @Test("a registered vendor is found whatever its case")
    func vendorCase() {
        let output = Fixture.run(["plan", "--vendor", "Aircall", "--seats", "40", "--renewal", "2027-01-31", "--billing", "annual"])
        #expect(output.exitCode == 0)
        #expect(output.stdout.hasPrefix("Aircall — "))
        #expect(!output.stdout.contains("no-vendor-guidance"))
    }

    @Test("a vendor alias that names a product plans that product, as a portfolio row does")
    func aliasProduct() {
        let connect = Fixture.run(["plan", "--vendor", "GoTo Connect", "--renewal", "2027-05-31", "--billing", "annual"])
        #expect(connect.exitCode == 0)
        #expect(connect.stdout.hasPrefix("GoTo — GoTo Connect"))
        let given = Fixture.run(["plan", "--vendor", "GoTo Connect", "--product", "webinar", "--renewal", "2027-05-31"])
        #expect(given.stdout.hasPrefix("GoTo — GoTo Webinar"))
        let plain = Fixture.run(["plan", "--vendor", "goto", "--renewal", "2027-05-31"])
        #expect(plain.stdout.hasPrefix("GoTo — GoTo Webinar"))
    }

    @Test("explain and vendors stay registered-only")
    func explainUnlisted() {
        #expect(Fixture.run(["explain", "--vendor", "zoom"]).exitCode == 64)
        #expect(!Fixture.run(["vendors"]).stdout.contains("zoom"))
    }

    @Test("an unlisted vendor's name is untrusted: control characters are refused")
    func unlistedControl() {
        let output = Fixture.run(["plan", "--vendor", "Evil\u{1B}[2J", "--renewal", "2027-01-31"])
        #expect(output.exitCode == 64)
        #expect(!output.stderr.contains("\u{1B}"))
        #expect(output.stderr.contains("\\u{1B}[2J"))
    }

    @Test("a fact the vendor does not read is named, in text and JSON", arguments: [
        (["--vendor", "aircall", "--seats", "40", "--immediate"], "immediate"),
        (["--vendor", "intercom", "--trial"], "trial"),
        (["--vendor", "bitrix24", "--trial"], "trial"),
        (["--vendor", "goto", "--trial"], "trial"),
        (["--vendor", "whc", "--trial"], "trial"),
        (["--vendor", "goto", "--channel", "email"], "channel"),
        (["--vendor", "zoom", "--seats", "12"], "seats"),
    ] as [([String], String)])
    func ignored(args: [String], fact: String) throws {
        let text = Fixture.run(["plan", "--renewal", "2027-06-30"] + args)
        #expect(text.exitCode == 0)
        #expect(text.stdout.contains("--" + fact), "\(text.stdout)")
        let json = Fixture.run(["plan", "--renewal", "2027-06-30", "--format", "json"] + args)
        let d = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((d["ignoredFacts"] as? [String]) == [fact])
        let notice = Fixture.run(["notice", "--renewal", "2027-06-30", "--format", "json"] + args)
        #expect(notice.exitCode == 0)
    }

    @Test("a notice already sent on time leaves only what is left to do")
    func noticeSent() throws {
        let output = Fixture.run(["plan", "--vendor", "aircall", "--seats", "40", "--renewal", "2026-12-31", "--billing", "annual",
                                  "--notice-sent", "2026-11-20", "--format", "json"])
        let d = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(d["deadlineMissed"] as? Bool == false)
        #expect(d["effectiveEndDate"] as? String == "2026-12-31")
        #expect(d["lastDayToAct"] is NSNull)
        let ids = ((d["timeline"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("chase-confirmation"))
        #expect(!ids.contains("send-notice") && !ids.contains("notice-deadline") && !ids.contains("port-numbers"))
        // 10 business days after Friday Nov 20 is Friday Dec 4.
        let chase = (d["timeline"] as? [[String: Any]])?.first { $0["id"] as? String == "chase-confirmation" }
        #expect(chase?["date"] as? String == "2026-12-04")
    }

    @Test("a notice sent late is flagged with the rolled dates")
    func noticeLate() throws {
        let output = Fixture.run(["plan", "--vendor", "aircall", "--seats", "40", "--renewal", "2026-12-10", "--billing", "annual",
                                  "--notice-sent", "2026-11-20", "--renewal-term-months", "12", "--format", "json"])
        let d = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(d["deadlineMissed"] as? Bool == true)
        #expect(d["missedDeadline"] as? String == "2026-11-10")
        #expect(d["effectiveEndDate"] as? String == "2027-12-10")
        #expect(output.stdout.contains("\"notice-late\""))
    }
}
