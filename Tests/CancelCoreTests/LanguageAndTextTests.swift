import Testing
import CancelCore

@Suite("Language, texts and suggestions")
struct LanguageAndTextTests {
    @Test("POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG", arguments: [
        ([:], Language.en),
        (["LANG": "fr_FR.UTF-8"], .fr),
        (["LANG": "fr_CA"], .fr),
        (["LANG": "en_US.UTF-8"], .en),
        (["LC_ALL": "C", "LANG": "fr_FR.UTF-8"], .en),
        (["LC_ALL": "", "LC_MESSAGES": "fr_BE", "LANG": "en_US"], .fr),
        (["LC_MESSAGES": "en_GB", "LANG": "fr_FR"], .en),
        (["LC_ALL": "FR_fr"], .fr),
        (["LANG": "french"], .fr),
        (["LANG": "f"], .en),
    ] as [([String: String], Language)])
    func environment(env: [String: String], expected: Language) {
        #expect(Language.preferred(by: env) == expected)
    }

    @Test("a localized text reads in each language and keeps verbatim intent")
    func localizedText() {
        let text = LocalizedText(en: "Cancel", fr: "Résilier")
        #expect(text[.en] == "Cancel")
        #expect(text[.fr] == "Résilier")
        #expect(!text.isVerbatim)
        #expect(LocalizedText(verbatim: "billing@intercom.com").isVerbatim)
        let joined = text + LocalizedText(en: " now", fr: " maintenant")
        #expect(joined.fr == "Résilier maintenant")
    }

    @Test("did you mean", arguments: [
        ("gotoo", "goto"), ("aircal", "aircall"), ("Intercom", "intercom"), ("bitrix", "bitrix24"), ("wch", "whc"),
    ])
    func suggestions(input: String, expected: String) {
        #expect(Suggestion.closest(to: input, in: ["aircall", "intercom", "bitrix24", "goto", "whc"]) == expected)
    }

    @Test("no suggestion for something unrelated")
    func noSuggestion() {
        #expect(Suggestion.closest(to: "salesforce", in: ["aircall", "intercom", "bitrix24", "goto", "whc"]) == nil)
        #expect(Suggestion.closest(to: "", in: ["goto"]) == nil)
    }
}

@Suite("French elisions")
struct FrenchElisionTests {
    @Test("de and que elide before a vowel or a mute h", arguments: [
        ("Aircall", "d’Aircall"), ("Intercom", "d’Intercom"), ("GoTo", "de GoTo"), ("WHC", "de WHC"), ("Bitrix24", "de Bitrix24"),
        ("hébergement", "d’hébergement"), ("", "de "),
    ])
    func de(word: String, expected: String) {
        #expect(French.de(word) == expected)
    }

    @Test("the contract warnings elide the vendor's name in French")
    func warnings() {
        let terms = ContractTerms(termEnd: CalendarDate("2027-06-30"), notice: .daysBefore(90))
        let schedule = RenewalSchedule(terms: terms, article: .daysBefore(30), today: CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0))
        let text = schedule.warnings(vendorName: "Aircall").map(\.text.fr).joined()
        #expect(text.contains("la règle d’Aircall"))
        #expect(!text.contains("de Aircall"))
    }
}
