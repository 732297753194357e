import Foundation
import Testing
import CancelCore
import CancelVendors
@testable import CancelCLI

@Suite("Plan JSON contract")
struct PlanJSONTests {
    let today = CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0)
    var cli: CancelCTL { CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today) }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let output = cli.run(arguments)
        #expect(output.exitCode == 0)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("the documented keys are present, in order, with explicit nulls")
    func keys() throws {
        let output = cli.run(["plan", "--vendor", "intercom", "--format", "json"]).stdout
        let order = ["schemaVersion", "vendor", "vendorName", "product", "language", "today", "channel", "contact", "requiredRoles",
                     "renewalDate", "termMonths", "noticeDays", "noticeDeadline", "deadlineMissed", "missedDeadline", "lastDayToAct",
                     "effectiveEndDate", "daysLeft", "deadlineRule", "timeline", "steps", "beforeCancelling", "stillBilled", "refund",
                     "afterCancelling", "missingFacts", "warnings", "sources"]
        var position = output.startIndex
        for key in order {
            let range = try #require(output.range(of: "\n  \"\(key)\":", range: position..<output.endIndex), "\(key)")
            position = range.upperBound
        }
        let object = try json(["plan", "--vendor", "intercom", "--format", "json"])
        #expect(object["noticeDeadline"] is NSNull)
        #expect(object["effectiveEndDate"] is NSNull)
    }

    @Test("identifiers are never translated")
    func identifiers() throws {
        let en = try json(["plan", "--vendor", "aircall", "--seats", "40", "--renewal", "2027-01-31", "--format", "json", "--lang", "en"])
        let fr = try json(["plan", "--vendor", "aircall", "--seats", "40", "--renewal", "2027-01-31", "--format", "json", "--lang", "fr"])
        for key in ["vendor", "channel", "requiredRoles", "noticeDeadline", "effectiveEndDate", "deadlineMissed"] {
            #expect(String(describing: en[key]) == String(describing: fr[key]), "\(key)")
        }
        #expect(en["channel"] as? String == "email")
        #expect(en["requiredRoles"] as? [String] == ["owner"])
        #expect(en["noticeDeadline"] as? String == "2027-01-01")
        #expect(fr["language"] as? String == "fr")
        let timeline = try #require(fr["timeline"] as? [[String: Any]])
        #expect(timeline.allSatisfy { ($0["date"] as? String)?.count == 10 && $0["action"] is String })
    }

    @Test("the report decodes back to the same value", arguments: ["aircall", "intercom", "bitrix24", "goto", "whc"])
    func roundTrip(vendor: String) throws {
        let plan = try BuiltInVendors.registry.plan(vendor: vendor, raw: [.renewal: "2026-12-01", .billing: "monthly", .seats: "11"], today: today)
        for language in Language.allCases {
            let report = plan.report(in: language)
            let text = try JSONValueEncoder().encode(report).serialized()
            let decoded = try JSONDecoder().decode(PlanReport.self, from: Data(text.utf8))
            #expect(decoded == report)
        }
    }
}
