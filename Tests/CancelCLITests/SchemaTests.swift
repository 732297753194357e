import CancelCLI
import CancelCore
import CancelVendors
import Foundation
import Testing

/// The published schemas describe every field the JSON output has: a field
/// added to PlanReport, NoticeReport or VendorSummary without the schema
/// fails here (the schemas also forbid unknown fields, so CI's validator
/// fails the other way round).
@Suite struct SchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("schema/\(name).schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func resolve(_ node: [String: Any], in root: [String: Any]) -> [String: Any] {
        guard let ref = node["$ref"] as? String, ref.hasPrefix("#/") else { return node }
        var current: Any = root
        for part in ref.dropFirst(2).split(separator: "/") { current = (current as? [String: Any])?[String(part)] as Any }
        return resolve(current as? [String: Any] ?? [:], in: root)
    }

    /// Walks the value and the schema together, recording every mismatch.
    func compare(_ value: JSONValue, _ node: [String: Any], root: [String: Any], path: String, issues: inout [String]) {
        let node = resolve(node, in: root)
        if let options = (node["anyOf"] ?? node["oneOf"]) as? [[String: Any]] {
            let resolved = options.map { resolve($0, in: root) }
            if case .null = value { return }
            let wanted: String = switch value { case .array: "array"; case .object: "object"; default: "scalar" }
            let match = resolved.first { ($0["type"] as? String) == wanted } ?? resolved.first { ($0["type"] as? String) != "null" }
            if let match { compare(value, match, root: root, path: path, issues: &issues) }
            return
        }
        switch value {
        case .object(let members):
            let properties = node["properties"] as? [String: Any] ?? [:]
            if node["additionalProperties"] as? Bool != false { issues.append("\(path): additionalProperties is not false") }
            let keys = members.map(\.key)
            for key in keys where properties[key] == nil { issues.append("\(path).\(key): not in the schema") }
            for key in properties.keys where !keys.contains(key) { issues.append("\(path).\(key): in the schema but not in the output") }
            let required = Set(node["required"] as? [String] ?? [])
            if required != Set(keys) { issues.append("\(path): required \(required.sorted()) != keys \(keys.sorted())") }
            for member in members {
                if let child = properties[member.key] as? [String: Any] {
                    compare(member.value, child, root: root, path: path + "." + member.key, issues: &issues)
                }
            }
        case .array(let items):
            guard let itemSchema = node["items"] as? [String: Any] else { issues.append("\(path): no items schema"); return }
            for (index, item) in items.enumerated() { compare(item, itemSchema, root: root, path: "\(path)[\(index)]", issues: &issues) }
        default:
            break
        }
    }

    func check(_ value: some Encodable, schema name: String) throws -> [String] {
        let root = try schema(name)
        var issues: [String] = []
        compare(try JSONValueEncoder().encode(value), root, root: root, path: name, issues: &issues)
        return issues
    }

    @Test func everyVendorExamplePlanMatchesThePlanSchema() throws {
        var checked = 0
        for description in Fixture.registry.descriptions {
            for example in description.examples {
                let today = try #require(CalendarDate(example.today))
                let plan = try Fixture.plan(description.id, example.facts, today: today)
                for l in Language.allCases {
                    let issues = try check(plan.report(in: l), schema: "plan")
                    #expect(issues.isEmpty, "\(description.id) / \(example.name): \(issues)")
                    checked += 1
                    let notice = NoticeReport(plan: plan, details: NoticeDetails(), language: l)
                    let noticeIssues = try check(notice, schema: "notice")
                    #expect(noticeIssues.isEmpty, "\(description.id) / \(example.name): \(noticeIssues)")
                }
            }
        }
        #expect(checked >= 20)
    }

    @Test func vendorSummariesMatchTheVendorsSchema() throws {
        let summaries = Fixture.registry.descriptions.map { VendorSummary($0, language: .fr) }
        let issues = try check(summaries, schema: "vendors")
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test func schemaVersionsMatchTheCode() throws {
        let plan = try schema("plan")
        #expect(plan["x-schema-version"] as? Int == PlanReport.currentSchemaVersion)
        let version = ((plan["properties"] as? [String: Any])?["schemaVersion"] as? [String: Any])?["const"] as? Int
        #expect(version == PlanReport.currentSchemaVersion)
        #expect(try schema("notice")["x-schema-version"] as? Int == NoticeReport.currentSchemaVersion)
    }

    @Test func theWalkerCatchesAnUndeclaredField() throws {
        struct Extended: Encodable {
            let schemaVersion = 1
            let surprise = "new field"
        }
        let issues = try check(Extended(), schema: "plan")
        #expect(issues.contains { $0.contains("surprise: not in the schema") })
    }
}
