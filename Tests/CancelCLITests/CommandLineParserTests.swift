import Testing
import CancelCore
import CancelVendors
@testable import CancelCLI

@Suite("Command line")
struct CommandLineParserTests {
    let today = CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0)
    var cli: CancelCTL { CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today) }
    var parser: CommandLineParser { CommandLineParser(registry: BuiltInVendors.registry, environment: [:], today: today) }

    @Test("a plan request parses into checked facts")
    func planRequest() throws {
        let invocation = try parser.parse(["plan", "--vendor", "aircall", "--seats=40", "--renewal", "2027-01-31", "--billing", "annual",
                                           "--today", "2026-12-01", "--lang", "fr", "--format", "json", "--trial"])
        guard let request = invocation.request as? PlanRequest else { Issue.record("not a plan"); return }
        #expect(request.vendor == "aircall")
        #expect(request.facts.seats == 40)
        #expect(request.facts.today.description == "2026-12-01")
        #expect(request.facts.trial)
        #expect(request.language == .fr)
        #expect(request.format == .json)
    }

    @Test("help and version", arguments: [
        ([String](), Invocation.help(nil, .en)), (["--help"], .help(nil, .en)), (["-h"], .help(nil, .en)),
        (["help"], .help(nil, .en)), (["help", "plan"], .help(.plan, .en)), (["plan", "--help"], .help(.plan, .en)),
        (["explain", "-h"], .help(.explain, .en)), (["--version"], .version), (["help", "vendors", "--lang", "fr"], .help(.vendors, .fr)),
    ])
    func helpAndVersion(arguments: [String], expected: Invocation) throws {
        #expect(try parser.parse(arguments) == expected)
    }

    @Test("bad command lines exit 64 with one error line and nothing on stdout", arguments: [
        (["plan"], "--vendor"),
        (["plan", "--vendor"], "--vendor"),
        (["plan", "--vendor", "gotoo"], "Did you mean 'goto'?"),
        (["plna"], "Did you mean 'plan'?"),
        (["plan", "--vendor", "goto", "--seat", "3"], "Did you mean '--seats'?"),
        (["plan", "--vendor", "goto", "--seats", "0"], "'0'"),
        (["plan", "--vendor", "goto", "--seats", "-4"], "'-4'"),
        (["plan", "--vendor", "goto", "--seats", "many"], "'many'"),
        (["plan", "--vendor", "goto", "--term-months", "0"], "--term-months"),
        (["plan", "--vendor", "goto", "--notice-days", "x"], "--notice-days"),
        (["plan", "--vendor", "goto", "--renewal", "2027-02-30"], "2027-02-30"),
        (["plan", "--vendor", "goto", "--today", "2027-13-01"], "2027-13-01"),
        (["plan", "--vendor", "goto", "--product", "conect"], "Did you mean 'connect'?"),
        (["plan", "--vendor", "aircall", "--product", "connect"], "'connect'"),
        (["plan", "--vendor", "goto", "--billing", "weekly"], "monthly, annual"),
        (["plan", "--vendor", "goto", "--format", "xml"], "'xml'"),
        (["plan", "--vendor", "goto", "--lang", "de"], "'de'"),
        (["plan", "--vendor", "goto", "--vendor", "whc"], "more than once"),
        (["plan", "--vendor", "goto", "extra"], "'extra'"),
        (["plan", "--vendor", "goto", "--trial=perhaps"], "'perhaps'"),
        (["help", "plna"], "Did you mean 'plan'?"),
        (["explain"], "--vendor"),
        (["--verbose"], "'--verbose'"),
    ])
    func badInput(arguments: [String], mentions: String) {
        let output = cli.run(arguments)
        #expect(output.exitCode == 64)
        #expect(output.stdout.isEmpty)
        let firstLine = output.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("Error: "))
        #expect(firstLine.contains(mentions), "\(firstLine)")
        #expect(output.stderr.contains("USAGE: "))
    }

    @Test("errors are French when asked")
    func frenchErrors() {
        let output = cli.run(["plan", "--vendor", "gotoo", "--lang", "fr"])
        #expect(output.stderr.hasPrefix("Erreur : "))
        #expect(output.stderr.contains("Vouliez-vous dire « goto » ?"))
        let fromEnvironment = CancelCTL(registry: BuiltInVendors.registry, environment: ["LANG": "fr_FR.UTF-8"], today: today).run(["plan"])
        #expect(fromEnvironment.stderr.hasPrefix("Erreur : "))
    }

    /// Counts the times the system's date is asked for.
    final class ClockCalls: @unchecked Sendable { var count = 0 }

    @Test("the system's date is asked for only when --today is not given")
    func clockOnlyWithoutToday() throws {
        let calls = ClockCalls()
        let day = try #require(CalendarDate("2027-02-28"))
        let ctl = CancelCTL(registry: BuiltInVendors.registry, environment: [:], clock: { calls.count += 1; return day })
        let args = ["plan", "--vendor", "goto", "--renewal", "2027-05-31", "--billing", "annual", "--format", "json"]
        let given = ctl.run(args + ["--today", "2026-11-23"])
        #expect(given.exitCode == 0)
        #expect(given.stdout.contains("\"today\": \"2026-11-23\""))
        #expect(calls.count == 0)
        let asked = ctl.run(args)
        #expect(asked.stdout.contains("\"today\": \"2027-02-28\""))
        #expect(calls.count >= 1)
    }

    @Test("help goes to stdout with exit 0 and the argument-parser layout")
    func helpLayout() {
        let output = cli.run(["--help"])
        #expect(output.exitCode == 0)
        #expect(output.stderr.isEmpty)
        for heading in ["OVERVIEW:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:"] { #expect(output.stdout.contains(heading)) }
        let plan = cli.run(["help", "plan"]).stdout
        for flag in ["--vendor", "--seats", "--renewal", "--billing", "--term-months", "--notice-days", "--trial", "--today", "--lang", "--format"] {
            #expect(plan.contains(flag))
        }
        #expect(plan.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("every help page fits 80 columns in both languages", arguments: Language.allCases)
    func helpWidth(language: Language) {
        for topic in [nil] + Command.allCases.map(Optional.some) {
            let output = cli.run(["help"] + (topic.map { [$0.rawValue] } ?? []) + ["--lang", language.rawValue])
            #expect(output.exitCode == 0)
            for line in output.stdout.split(separator: "\n") where line.count > 80 {
                Issue.record("help \(topic?.rawValue ?? "") \(language): \(line)")
            }
        }
    }

    /// A source's address longer than the line is printed whole on its own
    /// line: a URL broken across lines cannot be opened.
    @Test("plan output in text fits 80 columns in both languages, and never breaks a URL", arguments: Language.allCases)
    func textWidth(language: Language) {
        for id in BuiltInVendors.registry.ids {
            let output = cli.run(["plan", "--vendor", id, "--renewal", "2027-01-31", "--seats", "40", "--lang", language.rawValue])
            #expect(output.exitCode == 0)
            let lines = output.stdout.split(separator: "\n")
            for line in lines where line.count > 80 && !(line.hasPrefix("https://") && !line.contains(" ")) {
                Issue.record("\(id) \(language): \(line)")
            }
            let urls = (try? BuiltInVendors.registry.policy(id: id))?.description.sources.map(\.url) ?? []
            #expect(!urls.isEmpty)
            for url in urls {
                #expect(lines.contains { $0.drop(while: { $0 == " " }) == url }, "\(id): \(url) is not whole on one line")
            }
        }
    }

    @Test("vendors lists every vendor with products")
    func vendors() {
        let text = cli.run(["vendors"]).stdout
        for id in ["aircall", "intercom", "bitrix24", "goto", "whc"] { #expect(text.contains(id)) }
        let json = cli.run(["vendors", "--format", "json"]).stdout
        #expect(json.contains("\"on-premise\""))
        #expect(json.contains("\"connect\""))
        #expect(json.hasPrefix("["))
    }

    @Test("an invocation built by hand with an unknown vendor fails like the parser does")
    func executeUnknownVendor() {
        let output = cli.execute(Invocation(ExplainRequest(vendor: "gotoo", json: true, language: .fr)))
        #expect(output.exitCode == 64)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("Erreur : --vendor « gotoo »"))
        #expect(output.stderr.contains("Vouliez-vous dire « goto » ?"))
    }

    /// Issue 12: sources were shown as a file name nobody can open.
    @Test("explain shows rules with their sources: title, kind and address, never the file name")
    func explain() {
        let output = cli.run(["explain", "--vendor", "whc"])
        #expect(output.exitCode == 0)
        #expect(!output.stdout.contains("004_d11c1a0922556c58.txt"))
        #expect(output.stdout.contains("[client-area-only]"))
        func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(flat(output.stdout).contains("Source: “Comment annuler mon nom de domaine, hébergement ou service?” (official) §"))
        #expect(output.stdout.contains("https://clients.whc.ca/fr/knowledgebase/1561/"))
        let intercom = flat(cli.run(["explain", "--vendor", "intercom", "--lang", "fr"]).stdout)
        #expect(intercom.contains("« Comment annuler Intercom » (source tierce) §"))
        #expect(intercom.contains("SchedulingKit, source tierce, en français"))
    }
}
