import CancelCore

extension VendorPolicy {
    /// The plan for facts written as on the command line, on `today`
    /// (`YYYY-MM-DD`): what every vendor's own tests build their cases from,
    /// parsed by ``FactParser`` exactly as `cancelctl plan` parses flags.
    public static func testPlan(_ raw: [Fact: String], today: String = "2026-11-23") throws -> Plan {
        let day = try FactParser.date(today, "today")
        return Self().plan(for: try FactParser.parse(raw, today: day, products: description.products))
    }
}
