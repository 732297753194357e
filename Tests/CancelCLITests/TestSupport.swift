import CancelCLI
import CancelCore
import CancelVendors

/// Shared fixtures: the built-in vendors and a fixed today.
enum Fixture {
    static let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)
    static let registry = BuiltInVendors.registry

    static func ctl(colour: Bool = false) -> CancelCTL {
        CancelCTL(registry: registry, environment: [:], today: today, colour: colour)
    }

    static func run(_ arguments: [String], colour: Bool = false) -> CommandOutput {
        ctl(colour: colour).run(arguments)
    }

    static func plan(_ vendor: String, _ raw: [Fact: String], today: CalendarDate = today) throws -> any CancellationPlan {
        try registry.plan(vendor: vendor, raw: raw, today: today)
    }
}
