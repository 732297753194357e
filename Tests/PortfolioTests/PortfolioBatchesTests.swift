import Testing
import Foundation
import CancelCore
import CancelPortfolio
import CancelCLI
import CancelVendors

/// Rows are planned in batches of 4096 on a second thread while the next
/// batch is read: a file of several
/// batches must give, row for row, what each row gives alone, in file order,
/// with bad rows reported where they are.
@Suite("portfolio across batches")
struct PortfolioBatchesTests {
    let today = CalendarDate("2026-11-23")!
    let header = "name,owner,vendor,product,seats,renewal,billing,notice-days\n"
    let templates = ["Phones %d,ana,aircall,,40,2027-01-31,annual,", "Desk %d,bo,goto,connect,,2027-05-31,annual,",
                     "Site %d,\"Chloé, IT\",whc,hosting,,2026-12-10,monthly,", "CRM %d,dev,intercom,,,2026-01-15,annual,45",
                     "Bad %d,x,goto,,,2027-02-30,annual,"]

    func run(_ arguments: [String]) -> CommandOutput {
        CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today).run(arguments)
    }

    func file(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "batches-\(UUID().uuidString).csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The CSV row a template gives alone, without its line number.
    func alone(_ template: Int, _ number: Int) throws -> String? {
        let row = String(format: templates[template], number)
        let out = run(["portfolio", try file(header + row + "\n"), "--format", "csv"])
        guard let line = out.stdout.split(separator: "\n").dropFirst().first else { return nil }
        return String(line.drop { $0 != "," })
    }

    @Test("three batches and more: every row as planned alone, in order; bad rows reported and kept")
    func manyBatches() throws {
        let count = 3 * 4096 + 7
        var text = header
        for index in 0..<count { text += String(format: templates[index % templates.count], index) + "\n" }
        let path = try file(text)
        let errors = path + ".errors.csv"
        let out = run(["portfolio", path, "--format", "csv", "--sort", "input", "--errors", errors])
        #expect(out.exitCode == 65)
        let bad = (0..<count).filter { $0 % templates.count == 4 }.count
        #expect(out.stderr.hasSuffix("\(count) rows read = \(count - bad) planned + \(bad) rejected\n"))
        let rows = out.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(rows.count == count - bad)
        var expected: [String] = []
        for index in 0..<count where index % templates.count != 4 {
            let planned = try #require(try alone(index % templates.count, index))
            expected.append("\(index + 2)" + planned)
            if expected.count == 12 { break }
        }
        #expect(Array(rows.prefix(12)) == expected)
        // Every row, spot-checked in the last batch against the row alone.
        for index in stride(from: count - 1, to: count - 40, by: -1) where index % templates.count != 4 {
            let planned = try #require(try alone(index % templates.count, index))
            #expect(rows.contains("\(index + 2)" + planned), "line \(index + 2)")
        }
        let lines = rows.compactMap { Int($0.prefix { $0 != "," }) }
        #expect(lines == lines.sorted())
        let rejected = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n")
        #expect(rejected.count == bad + 1)
        let lastBad = try #require((0..<count).last { $0 % templates.count == 4 })
        #expect(rejected.last.map(String.init) == String(format: templates[4], lastBad))
    }
}
