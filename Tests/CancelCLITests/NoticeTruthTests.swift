import CancelCLI
import CancelCore
import Testing

/// Issue 13 item 4 and issue 12: a notice uses every fact given, states a
/// passed deadline with the dates it leads to, claims “no letter accepted”
/// only where the vendor says so, and carries the plan's warnings.
@Suite struct NoticeTruthTests {
    func notice(_ vendor: String, _ raw: [Fact: String], _ l: Language = .en) throws -> NoticeReport {
        NoticeReport(plan: try Fixture.plan(vendor, raw), details: NoticeDetails(), language: l)
    }

    @Test func aGivenRenewalDateIsNeverAskedForAgain() throws {
        for l in Language.allCases {
            let n = try notice("aircall", [.seats: "40", .renewal: "2026-12-10"], l)
            #expect(!n.placeholders.contains { $0.id == "renewal-date" || $0.id == "end-date" })
            #expect(!n.body.contains("[[RENEWAL DATE]]") && !n.body.contains("[[DATE DE RENOUVELLEMENT]]"))
            #expect(n.body.contains(try #require(CalendarDate("2026-12-10")).formatted(in: l)))
        }
        let run = Fixture.run(["notice", "--vendor", "aircall", "--seats", "40", "--renewal", "2026-12-10"])
        #expect(run.exitCode == 0)
        #expect(!run.stdout.contains("[[RENEWAL DATE]]"))
    }

    @Test func aPassedDeadlineIsStatedWithTheRolledDates() throws {
        let unknownTerm = try notice("aircall", [.seats: "40", .renewal: "2026-12-10"])
        #expect(unknownTerm.body.contains("The deadline to stop the renewal of December 10, 2026 (November 10, 2026) has passed"))
        #expect(unknownTerm.body.contains("whose length we do not have"))
        #expect(!unknownTerm.body.contains("is sent at least"))
        let annual = try notice("aircall", [.seats: "40", .renewal: "2026-12-10", .billing: "annual"])
        #expect(annual.body.contains("for another term, to December 10, 2027"))
        #expect(annual.body.contains("it must reach Aircall by November 10, 2027"))
        let french = try notice("aircall", [.seats: "40", .renewal: "2026-12-10", .billing: "annual"], .fr)
        #expect(french.body.contains("est passée : le contrat est renouvelé le 10 décembre 2026 pour une nouvelle période, jusqu’au 10 décembre 2027"))
        // The generic letter and call script say it too.
        let goto = try notice("goto", [.renewal: "2026-11-20", .billing: "monthly"])
        #expect(goto.body.contains("has passed: the contract renews on November 20, 2026 for another term, to December 20, 2026"))
    }

    /// Issue 12: the English letter said the notice “is sent” 30 days ahead;
    /// the rule is that it must reach Aircall.
    @Test func theAircallLetterSaysTheRequestMustReachAircall() throws {
        let n = try notice("aircall", [.seats: "40", .renewal: "2027-01-31", .billing: "annual"])
        #expect(n.body.contains("to reach you at least 30 days before the renewal date, that is by January 1, 2027"))
        #expect(!n.body.contains("is sent"))
        #expect(n.recipient?.contains("customersuccess@aircall.io") == true)
    }

    @Test func onlyWHCClaimsThatALetterIsNotAccepted() throws {
        for (vendor, raw) in [("aircall", [Fact.seats: "5", .renewal: "2027-01-31"]), ("intercom", [.billing: "monthly", .renewal: "2027-01-31"]),
                              ("bitrix24", [.renewal: "2027-01-31"])] {
            for l in Language.allCases {
                let n = try notice(vendor, raw, l)
                #expect(n.kind == .selfService)
                #expect(!n.body.contains("accepted") && !n.body.contains("accepté"), "\(vendor) \(l)")
            }
        }
        let whc = try notice("whc", [.renewal: "2027-01-31"])
        #expect(whc.recipient?.contains("does not accept a cancellation by email or phone") == true)
    }

    @Test func warningsTravelIntoNotices() throws {
        let n = try notice("aircall", [.seats: "11", .renewal: "2027-01-31"])
        #expect(n.warnings.map(\.id) == ["eleven-seats-notice"])
        let text = NoticeTextRenderer().render(n)
        #expect(text.contains("Before sending, note (not part of the message):"))
        #expect(text.contains("[eleven-seats-notice]"))
        #expect(!n.body.contains("eleven-seats-notice"))
        let intercom = try notice("intercom", [.billing: "monthly", .renewal: "2027-01-31"])
        #expect(intercom.warnings.contains { $0.id == "third-party-source" })
    }

    /// Issue 12: “en tant que administrateur”.
    @Test func frenchElidesQueBeforeAVowel() throws {
        let n = try notice("bitrix24", [.renewal: "2027-01-31"], .fr)
        #expect(n.body.contains("en tant qu’administrateur du compte"))
        #expect(!n.body.contains("en tant que administrateur"))
        #expect(try notice("aircall", [.seats: "5", .renewal: "2027-01-31"], .fr).body.contains("en tant que propriétaire"))
    }
}

@Suite struct ThirdPartyWarningTests {
    @Test func aPlanOnAThirdPartyGuideSaysSoInGoodFrench() throws {
        let plan = try Fixture.plan("intercom", [.billing: "monthly", .renewal: "2027-01-31"])
        let warning = try #require(plan.reportedWarnings.first { $0.id == "third-party-source" })
        #expect(warning.text.en.contains("“Comment annuler Intercom” by SchedulingKit, a third party"))
        #expect(warning.text.fr.contains("les pages d’Intercom") && warning.text.fr.contains("auprès d’Intercom"))
        #expect(warning.citation?.source == "001_efc5af09e440b15a.txt")
        // Only official sources: no such warning.
        #expect(try Fixture.plan("whc", [.renewal: "2027-01-31"]).reportedWarnings.allSatisfy { $0.id != "third-party-source" })
    }
}

/// Issue 12: a WHC domain plan said “last day to cancel”; a domain is only
/// left to expire.
@Suite struct DomainWordingTests {
    @Test(arguments: Language.allCases)
    func aDomainPlanNeverSaysCancel(language: Language) {
        let args = ["plan", "--vendor", "whc", "--product", "domain", "--renewal", "2027-03-01", "--lang", language.rawValue]
        for format in ["text", "markdown"] {
            let out = Fixture.run(args + ["--format", format]).stdout
            #expect(!out.contains("Last day to cancel") && !out.contains("Dernier jour pour résilier"), "\(format)")
            #expect(out.contains(language == .fr ? "Dernier jour pour agir" : "Last day to act"), "\(format)")
        }
    }
}

/// Issue 12: a notice shows the source it rests on as a person can open it.
@Suite struct NoticeSourceTests {
    @Test func theTextNoticeNamesItsSourceWithItsAddress() throws {
        let report = NoticeReport(plan: try Fixture.plan("aircall", [.seats: "40", .renewal: "2027-01-31"]), details: NoticeDetails(), language: .en)
        let text = NoticeTextRenderer().render(report)
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Source: “How to cancel my subscription” § If your plan includes more than 10 users"))
        #expect(text.contains("https://support.aircall.io/hc/en-gb/articles/19179941054877-How-to-cancel-my-subscription"))
        #expect(!text.contains("000_113307ba5bee7cc7.txt"))
    }
}
