import CancelCLI
import CancelCore
import CancelVendors
import Foundation
import Testing

/// Text, Markdown, JSON and the calendar of one plan are rendered from the
/// same report, so they must tell the same dates. After a missed deadline
/// text used to show the rolled renewal and Markdown the missed one.
@Suite("Renderers agree")
struct RendererAgreementTests {
    struct Case: CustomStringConvertible, Sendable {
        let vendor: String
        let name: String
        let facts: [Fact: String]
        let today: CalendarDate
        var description: String { vendor + ": " + name }
    }

    static var cases: [Case] {
        BuiltInVendors.registry.descriptions.flatMap { d in
            d.examples.compactMap { example in
                CalendarDate(example.today).map { Case(vendor: d.id, name: example.name, facts: example.facts, today: $0) }
            }
        }
    }

    @Test("every vendor example tells the same dates in every format", arguments: cases, Language.allCases)
    func sameDates(example: Case, language: Language) throws {
        let plan = try Fixture.registry.plan(vendor: example.vendor, raw: example.facts, today: example.today)
        let report = plan.report(in: language)
        let text = PlanTextRenderer().render(report)
        let markdown = MarkdownRenderer().render(report)
        let ics = CalendarRenderer().render(report).replacing("\r\n ", with: "")
        let json = try JSONValueEncoder().encode(report).serialized()

        // The calendar has one event per timeline entry, on its date.
        let starts = ics.split(separator: "\r\n").filter { $0.hasPrefix("DTSTART") }.map { String($0.suffix(8)) }
        if !report.timeline.isEmpty {
            #expect(starts == report.timeline.map { ICSWriter.date($0.date) })
        }
        // Text and Markdown show every timeline date, and the same header dates.
        for event in report.timeline {
            #expect(text.contains(event.date.formatted(in: language)), "text lacks \(event.date)")
            #expect(markdown.contains(event.date.description), "markdown lacks \(event.date)")
            #expect(json.contains("\"" + event.date.description + "\""))
        }
        let dates = [report.nextRenewalDate, report.noticeDeadline ?? report.lastDayToAct, report.effectiveEndDate, report.missedDeadline]
        for date in dates.compactMap({ $0 }) {
            #expect(text.contains(date.formatted(in: language)), "text lacks \(date)")
            #expect(markdown.contains(date.formatted(in: language)), "markdown lacks \(date)")
            #expect(json.contains("\"" + date.description + "\""))
        }
        // The renewal line is the same line in both.
        let renewalLabels = ["Renewal date", "Next renewal", "Date de renouvellement", "Prochain renouvellement"]
        func renewalLine(_ output: String) -> String? {
            output.split(separator: "\n").first { line in renewalLabels.contains { line.contains($0) } }
                .map { String($0).replacing("*", with: "").replacing("- ", with: "").split(separator: " ").joined(separator: " ") }
        }
        #expect(renewalLine(text) == renewalLine(markdown))
    }

    @Test("sections come in the same order in text and Markdown")
    func sectionOrder() throws {
        let report = try Fixture.plan("aircall", [.seats: "40", .renewal: "2027-01-31"]).report(in: .en)
        let text = PlanTextRenderer().render(report)
        let markdown = MarkdownRenderer().render(report)
        let textHeadings = ["TIMELINE", "STEPS", "BEFORE CANCELLING", "MISSING FACTS", "STILL BILLED", "REFUND", "AFTER CANCELLING", "SOURCES"]
            .compactMap { heading in text.range(of: "\n" + heading + "\n").map { (heading, $0.lowerBound) } }
        let markdownHeadings = textHeadings.map(\.0).compactMap { heading in
            markdown.range(of: "\n## " + heading.prefix(1) + heading.dropFirst().lowercased() + "\n").map { (heading, $0.lowerBound) }
        }
        #expect(textHeadings.count >= 6)
        #expect(textHeadings.map(\.0) == markdownHeadings.map(\.0))
        #expect(textHeadings.map(\.1) == textHeadings.map(\.1).sorted())
        #expect(markdownHeadings.map(\.1) == markdownHeadings.map(\.1).sorted())
    }

    @Test("the calendar puts the steps on the cancelling actions by kind, a vendor's own included")
    func stepsByKind() throws {
        // WHC's immediate cancellation is its own entry (`request-cancellation`).
        let report = try Fixture.plan("whc", [.renewal: "2027-03-01", .immediate: "true"]).report(in: .en)
        let request = try #require(report.timeline.first { $0.kind == .cancellingAction })
        let ics = CalendarRenderer().render(report).replacing("\r\n ", with: "")
        let event = try #require(ics.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:whc-" + request.id + "-") })
        #expect(event.contains("Steps:"))
        let followUp = try #require(report.timeline.first { $0.kind == .followUp || $0.kind == .end })
        let other = try #require(ics.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:whc-" + followUp.id + "-") })
        #expect(!other.contains("Steps:"))
    }

    @Test("after a missed deadline text and Markdown both show the rolled renewal")
    func missedDeadline() throws {
        let report = try Fixture.plan("aircall", [.seats: "40", .renewal: "2026-12-10", .billing: "annual"]).report(in: .en)
        #expect(report.deadlineMissed)
        let next = try #require(report.nextRenewalDate)
        #expect(next.description == "2027-12-10")
        // The label column's width follows the longest label: match the line, not the padding.
        #expect(PlanTextRenderer().render(report).split(separator: "\n").contains { $0.hasPrefix("Next renewal:") && $0.hasSuffix(" December 10, 2027") })
        #expect(MarkdownRenderer().render(report).contains("- **Next renewal:** December 10, 2027"))
    }
}
