import CancelCLI
import CancelCore
import Testing

@Suite struct TerminalColourTests {
    let args = ["plan", "--vendor", "aircall", "--seats", "40", "--renewal", "2027-01-31", "--billing", "annual"]

    @Test func colourOnlyWhenTheExecutableAllowsIt() {
        let plain = Fixture.run(args)
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = Fixture.run(args, colour: true)
        #expect(coloured.stdout.contains("\u{1B}[1;31m"))
        // Without the escape codes the text is the same, still within 80 columns.
        var stripped = coloured.stdout
        for code in ["\u{1B}[1;31m", "\u{1B}[1;33m", "\u{1B}[32m", "\u{1B}[1m", "\u{1B}[0m"] { stripped = stripped.replacing(code, with: "") }
        #expect(stripped == plain.stdout)
        // A source's address is never broken, so it may be the one longer line.
        #expect(plain.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 || ($0.hasPrefix("https://") && !$0.contains(" ")) })
    }

    @Test func noColourEnvironmentDisablesIt() {
        #expect(SystemEnvironment.wantsColour(environment: ["NO_COLOR": "1"]) == false)
        #expect(SystemEnvironment.wantsColour(environment: ["TERM": "dumb"]) == false)
    }

    @Test func frenchHighPunctuationNeverStartsALine() {
        let text = String(repeating: "mot ", count: 18) + "fin ; suite « citée » et : encore"
        for width in 10...40 {
            for line in TextWrapper.wrap(text, width: width) {
                #expect(![";", ":", "»"].contains(line.first.map(String.init) ?? ""), "width \(width): \(line)")
                #expect(!line.hasSuffix("«"))
            }
        }
    }
}
