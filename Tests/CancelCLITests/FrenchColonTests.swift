import CancelCLI
import CancelCore
import CancelVendors
import Testing

/// French puts a space before a colon: every text output, not only the
/// plan's labels (explain wrote "--seats: ... Où le trouver: ...").
@Suite struct FrenchColonTests {
    /// "mot: " with no space before the colon, outside addresses and help headings.
    func bareColons(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            let headings = ["OVERVIEW:", "USAGE:", "OPTIONS:", "EXAMPLES:", "COLUMNS:", "STATUS:", "EXIT CODES:", "SUBCOMMANDS:"]
            guard !headings.contains(where: { line.hasPrefix($0) }) else { return false }
            return line.ranges(of: ": ").contains { range in
                range.lowerBound > line.startIndex && line[line.index(before: range.lowerBound)] != " "
            }
        }
    }

    @Test("no French colon lacks its space", arguments: BuiltInVendors.registry.ids)
    func everyOutput(vendor: String) {
        let facts = ["--renewal", "2027-01-31", "--seats", "40", "--today", "2026-11-23", "--lang", "fr"]
        for arguments in [["plan", "--vendor", vendor] + facts, ["plan", "--vendor", vendor, "--lang", "fr"],
                          ["plan", "--vendor", vendor, "--format", "markdown"] + facts, ["notice", "--vendor", vendor] + facts,
                          ["explain", "--vendor", vendor, "--lang", "fr"], ["vendors", "--lang", "fr"],
                          ["help", "plan", "--lang", "fr"], ["help", "portfolio", "--lang", "fr"]] {
            let output = Fixture.run(arguments)
            #expect(output.exitCode == 0)
            #expect(bareColons(output.stdout) == [], "\(arguments.joined(separator: " "))")
        }
    }
}
