import CancelCLI
import CancelCore
import Testing

@Suite struct NoticeTests {
    let details = NoticeDetails(company: "Acme; Widgets, SAS", account: "AC-9917", signer: "Jeanne Dupont, CFO")

    func report(_ vendor: String, _ raw: [Fact: String], _ l: Language, details: NoticeDetails? = nil) throws -> NoticeReport {
        NoticeReport(plan: try Fixture.plan(vendor, raw), details: details ?? self.details, language: l)
    }

    static let letters: [(String, [Fact: String], Notice.Kind)] = [
        ("aircall", [.seats: "40", .renewal: "2027-01-31", .billing: "annual"], .letter),
        ("intercom", [.salesAssisted: "true", .billing: "annual", .renewal: "2027-01-31", .noticeDays: "30"], .letter),
        ("goto", [.renewal: "2027-01-31", .billing: "annual"], .callScript),
        ("whc", [.renewal: "2027-01-31"], .letter),
        ("bitrix24", [.product: "on-premise", .renewal: "2027-01-31", .noticeDays: "60"], .letter),
    ]

    @Test(arguments: letters.map(\.0))
    func theFactsGivenAppearInTheNotice(vendor: String) throws {
        let (_, raw, kind) = try #require(Self.letters.first { $0.0 == vendor })
        for l in Language.allCases {
            let notice = try report(vendor, raw, l)
            #expect(notice.kind == kind)
            let text = notice.subject + "\n" + notice.body
            #expect(text.contains("Acme; Widgets, SAS"))
            #expect(text.contains("AC-9917"))
            if kind == .letter { #expect(text.contains("Jeanne Dupont, CFO")) }
            #expect(notice.body.hasPrefix(Fixture.today.formatted(in: l)), "not dated")
            let renewal = try #require(CalendarDate("2027-01-31")).formatted(in: l)
            #expect(text.contains(renewal), "renewal date missing")
            #expect(notice.requestedEndDate != nil)
            #expect(!notice.placeholders.contains { ["company", "account", "signer", "renewal-date", "end-date"].contains($0.id) })
            // Every token left in the text is listed, and only those.
            for placeholder in notice.placeholders { #expect(text.contains(placeholder.token) || notice.clickPath.joined().contains(placeholder.token)) }
            #expect(text.split(separator: "[[").count - 1 <= text.split(separator: "]]").count)
        }
        #expect(try report(vendor, raw, .en).body != report(vendor, raw, .fr).body)
    }

    @Test func missingDetailsBecomeListedPlaceholders() throws {
        let notice = try report("aircall", [.seats: "40"], .fr, details: NoticeDetails())
        let ids = notice.placeholders.map(\.id)
        #expect(ids == ["company", "account", "signer", "renewal-date", "end-date"])
        #expect(notice.body.contains("[[NOM DE L’ENTREPRISE]]"))
        #expect(notice.body.contains("[[DATE DE RENOUVELLEMENT]]"))
    }

    @Test func eachVendorUsesItsChannel() throws {
        let aircall = try report("aircall", [.seats: "40", .renewal: "2027-01-31"], .en)
        #expect(aircall.recipient?.contains("Customer Success") == true)
        #expect(aircall.body.contains("30 days"))
        #expect(aircall.body.contains("January 1, 2027"))
        let intercom = try report("intercom", [.salesAssisted: "true", .billing: "annual", .renewal: "2027-01-31"], .en)
        #expect(intercom.recipient?.hasPrefix("your Intercom Account Manager") == true)
        let goto = try report("goto", [.renewal: "2027-01-31"], .en)
        #expect(goto.body.contains("last four digits"))
        #expect(goto.placeholders.map(\.id).contains("card-billing-address"))
        #expect(goto.body.contains("billing administrator’s email"))
        let whc = try report("whc", [.renewal: "2027-01-31"], .en)
        #expect(whc.placeholders.map(\.id).contains("invoice-number"))
        #expect(whc.recipient?.contains("after cancelling in the client area") == true)
        #expect(!whc.clickPath.isEmpty)
        let bitrix = try report("bitrix24", [.product: "on-premise", .renewal: "2027-01-31"], .en)
        #expect(bitrix.channel == .accountManager)
        #expect(bitrix.recipient?.contains("account manager") == true)
    }

    @Test func selfServiceSaysSoAndGivesTheClickPath() throws {
        for (vendor, raw) in [("aircall", [Fact.seats: "5", .renewal: "2027-01-31"]), ("intercom", [.billing: "monthly", .renewal: "2027-01-31"]),
                              ("bitrix24", [.renewal: "2027-01-31"])] {
            let notice = try report(vendor, raw, .en)
            #expect(notice.kind == .selfService, "\(vendor)")
            #expect(notice.recipient == nil)
            #expect(notice.subject.contains("No letter needed"))
            #expect(!notice.clickPath.isEmpty)
            #expect(notice.clickPath.contains { $0.contains(" > ") })
        }
    }

    @Test func noticeCommandPrintsTextAndJSON() {
        let text = Fixture.run(["notice", "--vendor", "aircall", "--seats", "40", "--renewal", "2027-01-31", "--company", "Acme", "--lang", "fr"])
        #expect(text.exitCode == 0)
        #expect(text.stdout.contains("Objet : "))
        #expect(text.stdout.contains("Acme"))
        // A source's address is never broken: it may be the one longer line.
        #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 || ($0.hasPrefix("https://") && !$0.contains(" ")) })
        let json = Fixture.run(["notice", "--vendor", "intercom", "--sales-assisted", "--billing", "annual", "--format", "json"])
        #expect(json.stdout.contains("\"recipient\": \"your Intercom Account Manager (no source gives an address"))
        #expect(json.stdout.contains("\"placeholders\": ["))
        let bad = Fixture.run(["notice", "--vendor", "aircall", "--format", "ics"])
        #expect(bad.exitCode == 64 && bad.stdout.isEmpty)
    }
}
