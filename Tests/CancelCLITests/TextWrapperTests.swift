import CancelCoreTesting
@testable import CancelCLI
import Testing

/// The byte wrapper (``SimpleTextWrapper``) against the general one, which
/// works on `Character`s: same lines for every text it accepts, and it
/// declines the texts where a character can be more than one scalar.
@Suite struct TextWrapperTests {
    /// Words mixing what the renderers print: English, French accents and
    /// high punctuation, guillemets, no-break spaces, words longer than the
    /// narrowest width, two-byte letters at every cut position, tabs.
    static let pieces = ["a", "word", "deadline", "2027-05-31", "é", "déjà", "préavis", ";", ":", "?", "!", "»", "«",
                         "«\u{00A0}texte\u{00A0}»", "https://support.goto.com/connect/help/how-do-i-cancel-my-account",
                         String(repeating: "x", count: 23), String(repeating: "é", count: 31), "ab" + String(repeating: "ç", count: 12),
                         "tab\there", "", "", "ʰ", "ÿ", "€", "—", "l’accès", "“quoted”", "–", "…", "\u{2060}", "\u{206F}", "\u{2070}"]

    @Test func bytesAndCharactersWrapAlike() {
        var generator = SplitMix(seed: 15)
        var checked = 0
        for _ in 0..<4_000 {
            let count = Int(generator.next() % 40)
            var text = ""
            for _ in 0..<count {
                text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
                text += generator.next() % 5 == 0 ? "  " : " "
            }
            if generator.next() % 3 == 0 { text = " " + text }
            let width = 8 + Int(generator.next() % 40)
            var copy = text
            let simple = copy.withUTF8 { SimpleTextWrapper.wrap($0, width: max(width, 10)) }
            let general = TextWrapper.wrapCharacters(text, width: width)
            if text.unicodeScalars.contains(where: { Self.joinsOthers($0) }) {
                #expect(simple == nil, "\(text)")
            } else {
                #expect(simple == general, "\(text) at \(width)")
                checked += 1
            }
            #expect(TextWrapper.wrap(text, width: width) == general)
        }
        // Most texts take the byte path (three pieces of 32 decline it).
        #expect(checked > 1_000)
    }

    /// What the byte path must decline, spelled independently of it.
    static func joinsOthers(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\r" || scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
        return scalar.value >= 0x300 && !(0x2000...0x206F).contains(scalar.value)
    }

    @Test func textWhereACharacterIsSeveralScalarsTakesTheGeneralPath() {
        for text in ["e\u{0301}te\u{0301}", "line\r\nnext", "👍🏽 ok", "한국어 텍스트", "ok \u{0300}", "a\u{200D}b", "x\u{200C}y", "€", "\u{20D0}"] {
            var copy = text
            #expect(copy.withUTF8 { SimpleTextWrapper.wrap($0, width: 10) } == nil, "\(text)")
            #expect(TextWrapper.wrap(text, width: 10) == TextWrapper.wrapCharacters(text, width: 10))
        }
    }

    @Test func edges() {
        #expect(TextWrapper.wrap("", width: 20) == [""])
        #expect(TextWrapper.wrap("   ", width: 20) == [""])
        #expect(TextWrapper.wrap("; début", width: 20) == ["; début"])
        #expect(TextWrapper.wrap(String(repeating: "é", count: 25), width: 10) == [String(repeating: "é", count: 10), String(repeating: "é", count: 10), String(repeating: "é", count: 5)])
        #expect(TextWrapper.wrap("aaaa bbbb « cccc » dddd", width: 12) == ["aaaa bbbb", "« cccc »", "dddd"])
    }
}
