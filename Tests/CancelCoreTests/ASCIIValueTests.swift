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
        // Word compares: a NUL or a byte next to A-Z in place of a letter,
        // prefixes and extensions, and values about 15 bytes long (the most
        // a word key holds).
        "month\u{0}", "monthly\u{0}", "mont", "monthlyy", "MONTHL[", "monthl@", "annua`", "annu{l", "ANNUAL ",
        "account-manager", "ACCOUNT-MANAGER", "account-manager!", "account-managers", "self-service\t",
        "self\rservice", "ye\u{0}", "tru", "truee", "noN", "N", "Ｙ", "0\u{0}", "exactly-15-byte", "exactly-16-bytes",
        "onpremise", "on-premis", "on-premisE", "cloud\u{0}", "\u{0}cloud",
        // Free text of an unlisted vendor (product, contact): printable
        // ASCII up to the length limit, and control characters, DEL, line
        // breaks (CR LF is one Character) and tabs inside on either side of it.
        "Team plan", "Pro", "x", " Business ", "~", "Team\tplan", "Team\u{7F}", "Team\u{1F}", "Team\nplan", "Team\r\nplan",
        "a\r\n", "\u{1B}[2J", "Pro\u{0}", "=SUM(A1)", "ops@example.com; billing@example.com",
        String(repeating: "p", count: 199), String(repeating: "p", count: 200), String(repeating: "p", count: 201),
        String(repeating: "p", count: 198) + "\r\n", String(repeating: "p", count: 199) + "\r\n",
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

    @Test("parse over a row's cells gives what parse over a closure gives, product override included")
    func cellsAgree() {
        // Two facts per row, every value for each pair of a few facts, in
        // cells laid out in one buffer as a reader lays them (pairs of offsets).
        let facts: [Fact] = [.product, .seats, .billing, .autoRenew, .periodEnd, .renewal, .channel, .noticeMonths]
        let values = ASCIIValueTests.values + ["été", "ＭＯＮＴＨＬＹ"]
        for first in facts {
            for second in facts where second != first {
                for (offset, value) in values.enumerated() {
                    let other = values[(offset * 7 + 3) % values.count]
                    let bytes = Array(value.utf8) + Array(other.utf8)
                    var pairs: [UInt32] = [0, UInt32(value.utf8.count), UInt32(value.utf8.count), UInt32(bytes.count)]
                    var pairOfFact = [Int32](repeating: -1, count: Fact.allCases.count)
                    pairOfFact[first.index] = 0
                    pairOfFact[second.index] = 1
                    let given = UInt32(1) << UInt32(first.index) | UInt32(1) << UInt32(second.index)
                    for override in [nil, "cloud", "Clod"] as [String?] {
                        func describe(_ run: () throws(InputError) -> AccountFacts) -> String {
                            do throws(InputError) { return String(describing: try run()) } catch { return error.message(in: .en) }
                        }
                        let viaClosure: String = bytes.withUnsafeBufferPointer { buffer in
                            var product = Array((override ?? "").utf8)
                            return product.withUnsafeMutableBufferPointer { product in
                                describe { () throws(InputError) in
                                    try FactParser.parse(utf8: { fact in
                                        if fact == .product, override != nil { return UnsafeBufferPointer(product) }
                                        if fact == first { return UnsafeBufferPointer(rebasing: buffer[0..<value.utf8.count]) }
                                        if fact == second { return UnsafeBufferPointer(rebasing: buffer[value.utf8.count...]) }
                                        return UnsafeBufferPointer(start: nil, count: 0)
                                    }, given: given | (override != nil ? 1 : 0), today: today, products: products)
                                }
                            }
                        }
                        let viaCells: String = bytes.withUnsafeBufferPointer { buffer in
                            pairs.withUnsafeMutableBufferPointer { pairs in
                                pairOfFact.withUnsafeBufferPointer { pairOfFact in
                                    var product = Array((override ?? "").utf8)
                                    return product.withUnsafeMutableBufferPointer { product in
                                        describe { () throws(InputError) in
                                            guard let pairBase = pairs.baseAddress else { return AccountFacts(today: today) }
                                            let cells = FactCells(bytes: buffer, pairs: UnsafePointer(pairBase), pairOfFact: pairOfFact,
                                                                  product: override == nil ? nil : UnsafeBufferPointer(product))
                                            var facts = AccountFacts(today: today)
                                            try FactParser.parse(cells, given: given | (override != nil ? 1 : 0), into: &facts, products: products)
                                            return facts
                                        }
                                    }
                                }
                            }
                        }
                        #expect(viaCells == viaClosure, "\(first.rawValue) = '\(value)', \(second.rawValue) = '\(other)', product \(override ?? "-")")
                    }
                }
            }
        }
    }

    @Test("a cell whose pair lies outside the bytes, or with no pair, is not given")
    func cellsOutOfRange() {
        let bytes = Array("12".utf8)
        let pairs: [UInt32] = [0, 2, 1, 9, 2, 1]
        var pairOfFact = [Int32](repeating: -1, count: Fact.allCases.count)
        pairOfFact[Fact.seats.index] = 0
        pairOfFact[Fact.termMonths.index] = 1
        pairOfFact[Fact.noticeDays.index] = 2
        let read: [Int] = bytes.withUnsafeBufferPointer { buffer in
            pairs.withUnsafeBufferPointer { pairs in
                pairOfFact.withUnsafeBufferPointer { pairOfFact in
                    guard let base = pairs.baseAddress else { return [] }
                    let cells = FactCells(bytes: buffer, pairs: base, pairOfFact: pairOfFact)
                    return (0..<Fact.allCases.count + 2).map { cells[$0].count }
                }
            }
        }
        #expect(read[Fact.seats.index] == 2)
        #expect(read.reduce(0, +) == 2)
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
