import CancelCLI
import CancelCore
import CancelPortfolio
import CancelVendors
import Foundation
import Testing

extension SchemaTests {
    /// `portfolio --format json` is written byte by byte, not encoded: its
    /// keys are checked against schema/portfolio.schema.json here, on rows of
    /// every status (CI validates the same output with jsonschema).
    @Test func portfolioJSONMatchesThePortfolioSchema() throws {
        let path = NSTemporaryDirectory() + "schema-\(UUID().uuidString).csv"
        try """
        name;supplier;renewal date;billing;notice days;notice sent on;confirmed on;ref
        A;Aircall;2027-01-31;Annual;;;;
        B;goto;2026-12-01;monthly;;;;
        C;goto;2026-10-15;annual;;;;
        D;goto;2026-11-30;annual;30;2026-11-20;;T-1
        F;whc.ca;2027-03-01;annual;;2026-11-05;2026-11-09;W-7
        G;intercom;;;;;;
        H;Zendesk;2027-02-15;annual;30;;;

        """.write(toFile: path, atomically: true, encoding: .utf8)
        let ctl = CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0))
        let out = ctl.run(["portfolio", path, "--format", "json"])
        #expect(out.exitCode == 0, "\(out.stderr)")
        let root = try schema("portfolio")
        var issues: [String] = []
        compare(try JSONParser.parse(Array(out.stdout.utf8)), root, root: root, path: "portfolio", issues: &issues)
        #expect(issues.isEmpty, "\(issues)")
        let statuses = Set(out.stdout.split(separator: "\"").map(String.init))
        for status in ["missed", "act-soon", "notice-sent", "unknown", "cancelled", "ok"] {
            #expect(statuses.contains(status), "no \(status) row")
        }
    }
}
