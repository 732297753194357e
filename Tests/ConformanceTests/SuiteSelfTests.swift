import CancelCore
import CancelCoreTesting
import Testing

/// The suite must fail a vendor that breaks its promises; a suite that
/// passes everything proves nothing.
@Suite struct SuiteSelfTests {
    @Test func aBrokenVendorFailsEveryCheckItBreaks() {
        let failures = VendorConformance.failures(of: BrokenPolicy.self)
        let checks = Set(failures.map(\.check))
        for check in ["description", "example", "citation", "french", "roles", "ids", "timeline", "deadline", "facts", "contact"] {
            #expect(checks.contains(check), "the suite missed the broken \(check) check; found \(checks.sorted())")
        }
        let facts = failures.filter { $0.check == "facts" }.map(\.context)
        #expect(facts.contains("fact seats"), "reading an undeclared fact must fail")
        #expect(facts.contains("fact trial"), "declaring a fact it never reads must fail")
        // Issue 12: a source a person cannot open or judge fails.
        let description = failures.filter { $0.check == "description" }.map(\.message)
        #expect(description.contains("source kept-file.txt has no address a person can open (url “kept-file.txt”)"))
        #expect(description.contains("source kept-file.txt has no publisher"))
        #expect(description.contains("rule rule cites “elsewhere”, not one of the vendor’s sources"))
    }

    @Test func aConformingVendorHasNoFailures() {
        #expect(VendorConformance.failures(of: TinyPolicy.self).map(\.description) == [])
    }
}

private let source = Source(id: "tiny-terms", title: "Tiny terms", publisher: "Tiny", official: true,
                            url: "https://tiny.example/terms", language: "en")

/// The smallest vendor that keeps every promise.
struct TinyPolicy: VendorPolicy {
    static let description = VendorDescription(
        id: "tiny", name: "Tiny",
        products: [Product(id: "app", name: LocalizedText(en: "Tiny app", fr: "Appli Tiny"))],
        facts: [FactUse(.renewal, whereToFind: LocalizedText(en: "your invoice", fr: "votre facture")),
                FactUse(.billing, whereToFind: LocalizedText(en: "your invoice", fr: "votre facture")),
                FactUse(.termMonths, whereToFind: LocalizedText(en: "your contract", fr: "votre contrat"))],
        sources: [source],
        rules: [PolicyRule(id: "cancel", LocalizedText(en: "Cancel in settings.", fr: "Résiliez dans les réglages."), citation: source.section("Cancel"))],
        examples: [VendorExample("cancel before renewal", today: "2026-11-23", facts: [.renewal: "2027-01-31"],
                                 expect: .init(channel: .selfService, roles: [.owner], noticeDeadline: nil, effectiveEndDate: "2027-01-31"))])

    func plan(for facts: AccountFacts) -> TinyPlan { TinyPlan(facts: facts) }
}

struct TinyPlan: CancellationPlan {
    let facts: AccountFacts
    var vendor: VendorDescription { TinyPolicy.description }
    var channel: Channel { .selfService }
    var requiredRoles: [Role] { [.owner] }
    var schedule: RenewalSchedule? { facts.schedule(notice: .none) }
    var steps: [Step] { [Step(LocalizedText(en: "Cancel in settings.", fr: "Résiliez dans les réglages."), citation: source.section("Cancel"))] }
    var preparations: [Preparation] { [] }
    var stillBilled: [CitedText] { [] }
    var refund: Refund { Refund(.unknown, LocalizedText(en: "Not stated.", fr: "Non précisé."), citation: source.section("Cancel")) }
    var consequences: [CitedText] { [] }
    var missingFacts: FactList {
        var missing: FactList = []
        if facts.renewal == nil { missing.append(.renewal) }
        if schedule?.needsTermLength == true { missing.append(.termMonths) }
        return missing
    }
    var warnings: [Warning] { [] }
}

/// A vendor that breaks one promise per check.
struct BrokenPolicy: VendorPolicy {
    static let description = VendorDescription(
        id: "Broken Vendor", name: "Broken",
        products: [Product(id: "app", name: LocalizedText(en: "App", fr: "App"))],
        facts: [FactUse(.renewal, whereToFind: LocalizedText(en: "invoice", fr: "facture")),
                FactUse(.trial, whereToFind: LocalizedText(en: "trial", fr: "essai"))],
        sources: [source, Source(id: "kept-file.txt", title: "Kept file", publisher: "", official: false, url: "kept-file.txt", language: "en")],
        rules: [PolicyRule(id: "rule", LocalizedText(en: "Rule.", fr: "Règle."), citation: Citation(source: "elsewhere", section: "x"))],
        examples: [VendorExample("expects the wrong channel", today: "2026-11-23", facts: [.renewal: "2027-01-31"],
                                 expect: .init(channel: .email, roles: [.owner], noticeDeadline: nil, effectiveEndDate: "2027-01-31"))])

    func plan(for facts: AccountFacts) -> BrokenPlan { BrokenPlan(facts: facts) }
}

struct BrokenPlan: CancellationPlan {
    let facts: AccountFacts
    var vendor: VendorDescription { BrokenPolicy.description }
    var product: Product? { nil }
    /// Reads seats without declaring it.
    var channel: Channel { (facts.seats ?? 0) > 5 ? .support : .selfService }
    var requiredRoles: [Role] { [] }
    var schedule: RenewalSchedule? { facts.schedule(notice: .daysBefore(30)) }
    /// Ends before its own notice deadline.
    var effectiveEndDate: CalendarDate? { schedule?.renewal.map { $0.adding(days: -40) } }
    var steps: [Step] { [Step(LocalizedText(en: "Call us", fr: "Call us"), citation: Citation(source: "elsewhere", section: "x"))] }
    var preparations: [Preparation] { [] }
    var stillBilled: [CitedText] { [] }
    var refund: Refund { Refund(.unknown, LocalizedText(en: "Unknown.", fr: "Inconnu."), citation: source.section("x")) }
    var consequences: [CitedText] { [] }
    var missingFacts: FactList { [] }
    var warnings: [Warning] {
        [Warning(id: "Not Kebab", LocalizedText(en: "a", fr: "b"), citation: source.section("x"))]
    }
    /// Out of order and partly in the past.
    var timeline: [TimelineEntry] {
        [TimelineEntry(id: "later", date: facts.today.adding(days: 3), action: LocalizedText(en: "Later", fr: "Plus tard")),
         TimelineEntry(id: "past", date: facts.today.adding(days: -3), action: LocalizedText(en: "Past", fr: "Passé"))]
    }
}
