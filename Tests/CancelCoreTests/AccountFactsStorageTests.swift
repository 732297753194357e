@testable import CancelCore
import Testing

/// ``AccountFacts`` keeps a product id of up to 15 bytes inline
/// (``ShortText``) and longer text and the contact in a box
/// (``FactTexts``). Whatever the storage, reading gives back what was set,
/// and equality and hashing see the text, not where it is kept.
@Suite("AccountFacts text storage")
struct AccountFactsStorageTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)

    static let texts: [String?] = [nil, "", "a", "cloud", "on-premise", "fifteen-bytes!!", "sixteen-bytes!!!",
                                   "Produit très long éè", "é", "ab\u{0}c", String(repeating: "x", count: 200)]

    @Test("product and contact read back as set, in any order", arguments: texts)
    func roundTrip(product: String?) {
        for contact in AccountFactsStorageTests.texts {
            var facts = AccountFacts(today: today)
            facts.product = product
            facts.contact = contact
            #expect(facts.product == product)
            #expect(facts.contact == contact)
            #expect(facts.hasProduct == (product != nil))
            var other = AccountFacts(today: today)
            other.contact = contact
            other.product = product
            #expect(other == facts)
            #expect(other.hashValue == facts.hashValue)
            #expect(AccountFacts(today: today, product: product, contact: contact) == facts)
            // Replacing one text keeps the other.
            facts.product = "app"
            #expect(facts.contact == contact)
            facts.contact = nil
            #expect(facts.product == "app")
        }
    }

    @Test("productIs compares the text whatever its storage", arguments: texts)
    func productIs(product: String?) {
        let facts = AccountFacts(today: today, product: product)
        for candidate in AccountFactsStorageTests.texts.compactMap({ $0 }) {
            #expect(facts.productIs(candidate) == (product == candidate), "\(String(describing: product)) vs \(candidate)")
        }
    }

    @Test("a product set from bytes equals the same set as a String", arguments: texts.compactMap { $0 })
    func fromBytes(product: String) {
        var facts = AccountFacts(today: today, contact: "x")
        var bytes = Array(product.utf8)
        bytes.withUnsafeMutableBufferPointer { facts.setProduct(utf8: UnsafeBufferPointer($0)) }
        #expect(facts == AccountFacts(today: today, product: product, contact: "x"))
        #expect(facts.product == product)
    }

    @Test("different facts are not equal")
    func inequality() {
        let base = AccountFacts(today: today, product: "cloud")
        #expect(base != AccountFacts(today: today, product: "Cloud"))
        #expect(base != AccountFacts(today: today))
        #expect(base != AccountFacts(today: today, product: "cloud", contact: "a@b.c"))
        #expect(base != AccountFacts(today: today, product: "cloud", seats: 2))
        #expect(AccountFacts(today: today, product: String(repeating: "y", count: 20))
                    != AccountFacts(today: today, product: String(repeating: "y", count: 21)))
    }

    @Test("ShortText holds up to 15 bytes and refuses more")
    func shortText() {
        #expect(ShortText("fifteen-bytes!!")?.string == "fifteen-bytes!!")
        #expect(ShortText("sixteen-bytes!!!") == nil)
        #expect(ShortText("")?.string == "")
        #expect(ShortText("éé")?.equals("éé") == true)
        #expect(ShortText("abc")?.equals("abd") == false)
        #expect(ShortText("abc")?.equals("abcd") == false)
    }
}
