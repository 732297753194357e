import CancelCore

/// The checks every vendor must pass, as plain functions returning
/// failures, so XCTest, Swift Testing or a script can run them; vendors
/// kept in another repository run the same suite against their policies.
///
/// Each check is also callable on its own (examples, description, one
/// plan, fact use, the stress grid) to narrow a failing run.
public enum VendorConformance {
    /// Failures reported per check before the rest are summarised.
    public static let failureLimit = 20

    /// Every check for one vendor. Pass a `decoder` to also check that each
    /// example's JSON decodes back to the same report.
    public static func failures(of policy: any VendorPolicy.Type, decoder: ReportDecoder? = nil) -> [ConformanceFailure] {
        descriptionFailures(of: policy)
            + exampleFailures(of: policy, decoder: decoder)
            + factUseFailures(of: policy)
            + stressFailures(of: policy)
            + contractPrecedenceFailures(of: policy)
    }

    /// The vendor's static metadata: id, products, sources, rules, facts,
    /// examples, and the French of every text in it.
    public static func descriptionFailures(of policy: any VendorPolicy.Type) -> [ConformanceFailure] {
        let d = policy.description
        var messages: [String] = []
        if !isKebabCase(d.id) { messages.append("id “\(d.id)” must be lower-case letters, digits and hyphens") }
        if d.name.isEmpty { messages.append("name is empty") }
        if d.products.isEmpty { messages.append("no products: declare at least one (the first is the default)") }
        messages += duplicates(d.products.map(\.id)).map { "product id “\($0)” is declared twice" }
        if d.sources.isEmpty { messages.append("no sources: every rule must cite one") }
        messages += duplicates(d.sources.map(\.id)).map { "source id “\($0)” is declared twice" }
        for source in d.sources {
            if source.title.en.isEmpty { messages.append("source \(source.id) has no title") }
            if source.publisher.isEmpty { messages.append("source \(source.id) has no publisher") }
            if !(source.url.hasPrefix("https://") || source.url.hasPrefix("http://")) || source.url.contains(" ") {
                messages.append("source \(source.id) has no address a person can open (url “\(source.url)”)")
            }
            if source.language.isEmpty { messages.append("source \(source.id) has no language") }
        }
        if !d.sources.contains(where: \.official) {
            messages.append("no official source: cite at least one of the vendor’s own pages")
        }
        messages += duplicates(d.facts.map(\.fact.rawValue)).map { "fact “\($0)” is declared twice" }
        messages += duplicates(d.rules.map(\.id)).map { "rule id “\($0)” is declared twice" }
        if d.examples.isEmpty { messages.append("no examples: ship at least one scenario the suite can run") }
        messages += duplicates(d.examples.map(\.name)).map { "example name “\($0)” is used twice" }
        let ids = Set(d.sources.map(\.id))
        for rule in d.rules {
            if !isKebabCase(rule.id) { messages.append("rule id “\(rule.id)” is not kebab-case") }
            if !ids.contains(rule.citation.source) { messages.append("rule \(rule.id) cites “\(rule.citation.source)”, not one of the vendor’s sources") }
            if rule.citation.section.isEmpty { messages.append("rule \(rule.id) cites no section of \(rule.citation.source)") }
        }
        for use in d.facts {
            if let citation = use.citation, !ids.contains(citation.source) {
                messages.append("fact \(use.fact.rawValue) cites “\(citation.source)”, not one of the vendor’s sources")
            }
        }
        messages += LocalizedTextAudit.problems(LocalizedTextAudit.texts(of: d))
        return messages.map { ConformanceFailure(vendor: d.id, check: "description", context: d.name, message: $0) }
    }

    static func isKebabCase(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func duplicates(_ values: [String]) -> [String] {
        var seen = Set<String>()
        var repeated: [String] = []
        for value in values where !seen.insert(value).inserted && !repeated.contains(value) {
            repeated.append(value)
        }
        return repeated
    }

    /// At most ``failureLimit`` failures, then one line saying how many more.
    static func limited(_ failures: [ConformanceFailure]) -> [ConformanceFailure] {
        guard failures.count > failureLimit, let last = failures.last else { return failures }
        return Array(failures.prefix(failureLimit)) + [ConformanceFailure(
            vendor: last.vendor, check: last.check, context: "…",
            message: "\(failures.count - failureLimit) more failures of this check not shown")]
    }
}
