@testable import CancelCore
import CancelCoreTesting
import Testing

/// ``ASCIIValue`` is a shortcut `FactParser` takes on bytes; it may only
/// ever accept what the `String` rules (``FactParser/set(_:_:in:products:)``)
/// accept, with the same result. These compare the two on every fact over
/// values chosen to sit on each rule's edges.
@Suite("ASCII shortcut agrees with the String rules")
struct ASCIIValueTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)
    let products = [Product(id: "cloud", name: LocalizedText(en: "Cloud", fr: "Nuage")),
                    Product(id: "on-premise", name: LocalizedText(en: "On premise", fr: "Sur site"))]

    static let values = [
        "", " ", "\t", "0", "1", "+1", "-1", "+", "-", "007", " 12 ", "\t30\t", "1.5", "1e3", "12a", "730", "731",
        "100000", "100001", "999999999999999999", "9999999999999999999", "99999999999999999999999", "24", "25",
        "120", "121", "2026-11-23", "2026-11-24", "2027-02-29", "2028-02-29", "1900-01-01", "1899-12-31",
        "2200-12-31", "2201-01-01", "2027-1-31", "31/01/2027", " 2027-01-31 ", "2027-01-31x",
        "monthly", "MONTHLY", "Annual", "annually", "month", "Quarter", "YEAR", "weekly",
        "self-service", "Email", "SUPPORT", "account-manager", "Account-Manager", "unknown", "fax",
        "true", "TRUE", "Yes", "y", "Y", "1", "oui", "OUI", "false", "No", "n", "0", "non", "NON", "maybe", "yes please",
        "cloud", "CLOUD", "Cloud", "on-premise", "ON-PREMISE", "clod", "contact@example.com",
    ]

    /// What the String rules make of `value` for `fact`: the facts, or the error message.
    private func byStrings(_ fact: Fact, _ value: String, products: [Product]?) -> String {
        var facts = AccountFacts(today: today)
        let trimmed = value.trimmingSpaces
        guard !trimmed.isEmpty else { return "not given" }
        do {
            try FactParser.set(fact, trimmed, in: &facts, products: products)
            return String(describing: facts)
        } catch {
            return "error: " + error.message(in: .en)
        }
    }

    @Test("every value the shortcut accepts is accepted the same by the String rules", arguments: Fact.allCases)
    func shortcutAgrees(fact: Fact) {
        for productList in [products, nil] as [[Product]?] {
            for value in ASCIIValueTests.values {
                var bytes = Array(value.utf8)
                let taken: AccountFacts? = bytes.withUnsafeMutableBufferPointer { raw in
                    guard let ascii = ASCIIValue(trimming: UnsafeBufferPointer(raw)), !ascii.bytes.isEmpty else { return nil }
                    var facts = AccountFacts(today: today)
                    return ascii.set(fact, in: &facts, products: productList) ? facts : nil
                }
                guard let taken else { continue }
                #expect(String(describing: taken) == byStrings(fact, value, products: productList),
                        "\(fact.rawValue) = '\(value)'")
            }
        }
    }

    @Test("parse over bytes gives what the String rules alone give, non-ASCII text included")
    func parseAgrees() {
        for fact in Fact.allCases {
            for value in ASCIIValueTests.values + ["été", "ＭＯＮＴＨＬＹ", "K", "\u{212A}", "1\u{301}", " \u{301}12", "oui\u{301}"] {
                // The String rules alone, as the parser applied them before bytes.
                let viaStrings: String
                var facts = AccountFacts(today: today)
                let trimmed = value.trimmingSpaces
                do {
                    if !trimmed.isEmpty { try FactParser.set(fact, trimmed, in: &facts, products: products) }
                    try FactParser.checkCombination(facts)
                    viaStrings = String(describing: facts)
                } catch {
                    viaStrings = error.message(in: .fr)
                }
                var bytes = Array(value.utf8)
                let viaBytes: String = bytes.withUnsafeMutableBufferPointer { raw in
                    let cell = UnsafeBufferPointer(raw)
                    do throws(InputError) {
                        return String(describing: try FactParser.parse(utf8: { $0 == fact ? cell : UnsafeBufferPointer(start: nil, count: 0) },
                                                                       today: today, products: products))
                    } catch {
                        return error.message(in: .fr)
                    }
                }
                #expect(viaBytes == viaStrings, "\(fact.rawValue) = '\(value)'")
            }
        }
    }

    @Test("the ids spelled for the shortcut are the enumerations' raw values")
    func idsMatchRawValues() {
        func ascii<Result>(_ text: String, _ body: (ASCIIValue) -> Result?) -> Result? {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { raw in ASCIIValue(trimming: UnsafeBufferPointer(raw)).flatMap(body) }
        }
        for value in BillingFrequency.allCases {
            #expect(ascii(value.rawValue) { $0.billing } == value)
            #expect(ascii(value.rawValue.uppercased()) { $0.billing } == value)
        }
        for value in PeriodEnd.allCases {
            #expect(ascii(value.rawValue) { $0.periodEnd } == value)
            #expect(ascii(value.rawValue.uppercased()) { $0.periodEnd } == value)
        }
        for value in Channel.allCases {
            #expect(ascii(value.rawValue) { $0.channel } == value)
            #expect(ascii(value.rawValue.uppercased()) { $0.channel } == value)
        }
        #expect(ascii("quarterly") { $0.periodEnd } == nil)
        #expect(ascii("e-mail") { $0.channel } == nil)
    }
}

@Suite("ISO dates read by position")
struct ISOBytesTests {
    @Test("the positional reader agrees with the general one")
    func agrees() {
        var texts = ["2027-01-31", "2027-02-29", "2028-02-29", "0000-01-01", "0001-01-01", "9999-12-31", "2027-13-01",
                     "2027-00-10", "2027-04-31", "2027-1-310", "2027/01/31", "20270131xx", "2027-01-3", "2027-01-311",
                     "", "abcd-ef-gh", "2027-0a-01", "2027-01-0:", "2027-01-//", "+027-01-01", " 027-01-01"]
        var generator = SplitMix(seed: 115)
        for _ in 0..<20_000 {
            let alphabet = Array("0123456789-0123456789:/a ".utf8)
            texts.append(String(decoding: (0..<10).map { _ in alphabet.randomElement(using: &generator) ?? 0x30 }, as: UTF8.self))
            let day = Int.random(in: -800_000...3_000_000, using: &generator)
            texts.append(CalendarDate(dayNumber: day).description)
        }
        for text in texts {
            var bytes = Array(text.utf8)
            let positional = bytes.withUnsafeMutableBufferPointer { CalendarDate(isoBytes: UnsafeBufferPointer($0)) }
            #expect(positional == CalendarDate(iso: text.utf8), "\(text)")
        }
    }
}
