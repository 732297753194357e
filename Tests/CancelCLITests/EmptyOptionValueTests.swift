import Testing
import CancelCore
import CancelVendors
import CancelCLI

/// `--seats ""` (an unset shell variable) used to be silently taken as "not
/// given" and produce a plan; it is now a usage error naming the option.
@Suite("Empty option values")
struct EmptyOptionValueTests {
    let cli = CancelCTL(registry: BuiltInVendors.registry, environment: [:],
                        today: CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0))

    @Test("an empty or blank value is rejected", arguments: [
        ["--seats", ""], ["--seats="], ["--renewal", " "], ["--billing=\t"], ["--product", ""],
        ["--today", ""], ["--lang="], ["--format", ""], ["--notice-days", ""],
    ])
    func rejected(option: [String]) {
        let output = cli.run(["plan", "--vendor", "goto"] + option)
        #expect(output.exitCode == 64)
        #expect(output.stdout.isEmpty)
        let firstLine = output.stderr.split(separator: "\n").first.map(String.init) ?? ""
        let name = option[0].split(separator: "=")[0]
        #expect(firstLine.hasPrefix("Error: option '\(name)' has an empty value; give <"), "\(firstLine)")
        #expect(firstLine.hasSuffix("> or leave the option out."), "\(firstLine)")
        if let valueName = valueName(name) {
            #expect(firstLine.contains("give \(valueName) or"), "\(firstLine)")
        }
    }

    @Test("the French message")
    func french() {
        let output = cli.run(["plan", "--vendor", "goto", "--seats", "", "--lang", "fr"])
        #expect(output.stderr.hasPrefix("Erreur : l’option « --seats » a une valeur vide ; donnez <n> ou omettez l’option."))
    }

    /// The placeholder the message must give; nil for lists that grow (formats).
    func valueName(_ flag: Substring) -> String? {
        switch flag {
        case "--seats", "--notice-days": return "<n>"
        case "--renewal", "--today": return "<yyyy-mm-dd>"
        case "--billing": return "<monthly|annual>"
        case "--product": return "<id>"
        case "--lang": return "<en|fr>"
        default: return nil
        }
    }
}
