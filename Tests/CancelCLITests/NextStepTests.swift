import CancelCLI
import CancelCore
import Foundation
import Testing

/// A plan's text ends with what to do next, by when and how many days are
/// left, so a long plan never scrolls its deadline out of sight.
@Suite struct NextStepTests {
    let args = ["plan", "--vendor", "aircall", "--seats", "40", "--renewal", "2027-01-31", "--billing", "annual"]

    func lastLine(_ output: CommandOutput) -> String {
        let lines = output.stdout.split(separator: "\n")
        // The closing sentence may wrap: take the paragraph after the last blank line.
        let parts = output.stdout.components(separatedBy: "\n\n")
        #expect(!lines.isEmpty)
        return (parts.last ?? "").split(separator: "\n").joined(separator: " ")
    }

    @Test func saysWhatByWhenAndDaysLeft() {
        #expect(lastLine(Fixture.run(args)) == "Next: Send the cancellation notice to Aircall (recommended, ahead of the deadline), by January 1, 2027 (in 39 days).")
        #expect(lastLine(Fixture.run(args + ["--lang", "fr"]))
                == "Prochaine étape : Envoyer la demande de résiliation à Aircall (recommandé, avant la date limite), au plus tard le 1er janvier 2027 (dans 39 jours).")
    }

    @Test func missingDatesAskForTheFacts() {
        #expect(lastLine(Fixture.run(["plan", "--vendor", "whc"])).hasPrefix("Next: find --renewal"))
    }

    @Test("coloured by urgency on a terminal only", arguments: [("2026-12-28", "\u{1B}[1;31m"), ("2026-12-10", "\u{1B}[1;33m"), ("2026-11-23", "\u{1B}[32m")])
    func colourByUrgency(today: String, code: String) {
        let plain = Fixture.run(args + ["--today", today])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = Fixture.run(args + ["--today", today], colour: true)
        let closing = coloured.stdout.components(separatedBy: "\n\n").last ?? ""
        #expect(closing.hasPrefix(code + "Next: "), "\(closing)")
    }
}
