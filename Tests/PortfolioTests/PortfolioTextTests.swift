import Testing
import Foundation
import CancelCore
import CancelPortfolio
import CancelCLI
import CancelVendors

/// Issue 13's portfolio findings: colour, French alignment, translated
/// status words, text from the file made harmless.
@Suite("portfolio text and untrusted cells")
struct PortfolioTextTests {
    let today = CalendarDate("2026-11-23")!

    func run(_ arguments: [String], colour: Bool = false) throws -> CommandOutput {
        let path = NSTemporaryDirectory() + "text-\(UUID().uuidString).csv"
        let rows = "name,owner,vendor,renewal,billing,reference\n"
            + "Soon,ana,goto,2026-12-01,monthly,T-1\n"       // act-soon, 7 days
            + "Late,bo,goto,2026-10-15,annual,\n"            // missed, rolled 325 days
            + "Calm,cy,goto,2027-06-01,annual,\n"            // ok
            + "\u{1B}[2J=evil,\u{1B}]0;x\u{07},goto,2027-07-01,annual,=HYPERLINK(\"x\")\n"
        try rows.write(toFile: path, atomically: true, encoding: .utf8)
        return CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today, colour: colour)
            .run(["portfolio", path] + arguments)
    }

    @Test("on a terminal act-soon rows are yellow and missed rows red; otherwise no escape codes")
    func colour() throws {
        let coloured = try run([], colour: true).stdout.split(separator: "\n")
        let soon = try #require(coloured.first { $0.contains("Soon") })
        let late = try #require(coloured.first { $0.contains("Late") })
        let calm = try #require(coloured.first { $0.contains("Calm") })
        #expect(soon.hasPrefix("\u{1B}[1;33m") && soon.hasSuffix("\u{1B}[0m"))
        #expect(late.hasPrefix("\u{1B}[1;31m"))
        #expect(!calm.contains("\u{1B}["))
        let plain = try run([]).stdout
        #expect(!plain.contains("\u{1B}[3") && !plain.contains("\u{1B}[1;"))
    }

    @Test("French headings sit over their data, measured in characters; status words are French in text, ids in CSV")
    func frenchTable() throws {
        let text = try run(["--lang", "fr"]).stdout
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        let row = try #require(lines.first { $0.hasPrefix("Late") })
        func column(_ text: String, _ word: String) -> Int? {
            text.range(of: word).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
        }
        #expect(column(header, "FOURNISSEUR") == column(row, "goto"))
        #expect(column(header, "STATUT") == column(row, "manquée"))
        #expect(column(header, "DATE") == column(row, "2027-10-14"))
        #expect(column(header, "ACTION SUIVANTE") == column(row, "résilier"))
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(text.contains("à traiter"))
        #expect(!text.contains("act-soon"))
        let csv = try run(["--lang", "fr", "--format", "csv"]).stdout
        #expect(csv.contains(",act-soon,") && csv.contains(",missed,"))
        #expect(!csv.contains("manquée"))
    }

    @Test("control characters in file text are escaped in the table; formulas are neutralised in CSV")
    func untrusted() throws {
        let text = try run([]).stdout
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\\u{1B}[2J=evil"))
        #expect(text.contains("\\u{1B}]0;x\\u{07}"))
        let csv = try run(["--format", "csv"]).stdout
        #expect(csv.contains("'=HYPERLINK(\"\"x\"\")"))
        let jsonl = try run(["--format", "jsonl"]).stdout
        #expect(jsonl.contains("\"reference\":\"=HYPERLINK(\\\"x\\\")\""), "JSON keeps the value as typed")
    }
}
