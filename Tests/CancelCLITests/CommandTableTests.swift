@testable import CancelCLI
import CancelCore
import CancelVendors
import Testing

/// Usage, help, option checks and "did you mean" all come from the command
/// table, for every subcommand, `portfolio` included.
@Suite("Command table")
struct CommandTableTests {
    @Test("every option a help page lists is accepted, and every other is refused with a suggestion",
          arguments: Command.allCases, Language.allCases)
    func helpMatchesParser(command: Command, language: Language) {
        let help = Fixture.run(["help", command.name, "--lang", language.rawValue])
        #expect(help.exitCode == 0 && help.stderr.isEmpty)
        for heading in ["OVERVIEW: ", "USAGE: cancelctl " + command.name, "\nOPTIONS:\n"] {
            #expect(help.stdout.contains(heading), "\(command) \(language): \(heading)")
        }
        for option in command.options {
            #expect(help.stdout.contains("  " + option.synopsis), "\(command): \(option.flag) not in help")
            // A near miss of each option is refused, naming the option meant.
            let typo = option.flag + "x"
            let run = Fixture.run([command.name] + (command.requiresPositional ? ["f.csv"] : []) + [typo, "--lang", language.rawValue])
            #expect(run.exitCode == 64 && run.stdout.isEmpty)
            #expect(run.stderr.contains(option.flag), "\(command) \(typo): \(run.stderr)")
        }
    }

    @Test("help headings are the same words in both languages")
    func headingsUntranslated() {
        for command in [nil] + Command.allCases.map(Optional.some) {
            let fr = Fixture.run(["help"] + (command.map { [$0.name] } ?? []) + ["--lang", "fr"]).stdout
            let en = Fixture.run(["help"] + (command.map { [$0.name] } ?? [])).stdout
            func headings(_ page: String) -> [String] {
                page.split(separator: "\n").filter { $0.first?.isUppercase == true && $0.contains(":") && $0.uppercased() == $0 }
                    .map { String($0.prefix { $0 != ":" }) }
            }
            #expect(headings(fr) == headings(en), "\(command?.name ?? "cancelctl")")
            #expect(!fr.contains("EXEMPLES") && !fr.contains("COLONNES") && !fr.contains("STATUT :"))
        }
    }

    @Test("every fact is an option of plan and notice, with a placeholder unless it is a switch")
    func factsAreOptions() {
        for command in [Command.plan, .notice] {
            for fact in Fact.allCases {
                let option = command.option(named: fact.rawValue)
                #expect(option != nil, "\(command) lacks --\(fact.rawValue)")
                #expect((option?.valueName == nil) == fact.isSwitch)
            }
        }
    }

    @Test("portfolio parses through the table: options, positional, did you mean")
    func portfolioThroughTheTable() throws {
        let parser = CommandLineParser(registry: Fixture.registry, environment: [:], today: Fixture.today)
        let invocation = try parser.parse(["portfolio", "--format=ics", "subs.csv", "--output", "deadlines.ics", "--horizon", "45"])
        let request = try #require(invocation.request as? PortfolioRequest)
        #expect(request.input == "subs.csv" && request.format == .ics && request.output == "deadlines.ics" && request.horizon == 45)
        let typo = Fixture.run(["portfolio", "subs.csv", "--sot", "input"])
        #expect(typo.exitCode == 64 && typo.stderr.contains("Did you mean '--sort'?"))
        #expect(typo.stderr.contains("USAGE: cancelctl portfolio <file|->"))
        let two = Fixture.run(["portfolio", "a.csv", "b.csv"])
        #expect(two.exitCode == 64 && two.stderr.contains("'a.csv b.csv'"))
        let format = Fixture.run(["portfolio", "a.csv", "--format", "markdown"])
        #expect(format.stderr.contains("one of: text, csv, jsonl, json, ics"))
    }

    @Test("a usage line never breaks inside an option's brackets", arguments: Command.allCases)
    func usageWraps(command: Command) {
        let lines = HelpText(registry: Fixture.registry, language: .en).usageLines(command)
        for line in lines {
            #expect(line.count <= 80)
            #expect(line.filter { $0 == "[" }.count == line.filter { $0 == "]" }.count, "\(line)")
        }
    }
}
