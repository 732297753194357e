import Testing
import CancelCore

@Suite("Untrusted text is made harmless")
struct UntrustedTextTests {
    @Test("escape sequences, line breaks and bidi controls are shown escaped")
    func terminal() {
        #expect(UntrustedText.terminalSafe("Acme\u{1B}[2J") == "Acme\\u{1B}[2J")
        #expect(UntrustedText.terminalSafe("a\r\nBcc: x@y") == "a\\u{0D}\\u{0A}Bcc: x@y")
        #expect(UntrustedText.terminalSafe("x\u{202E}gpj") == "x\\u{202E}gpj")
        #expect(UntrustedText.terminalSafe("bell\u{07}\u{7F}\u{9B}") == "bell\\u{07}\\u{7F}\\u{9B}")
    }

    @Test("ordinary text, accents and emoji pass unchanged")
    func ordinary() {
        for text in ["Société Générale", "Zoom – équipe", "🙂 ok", "", "a\\u{1B}"] {
            #expect(UntrustedText.terminalSafe(text) == text)
        }
    }

    @Test("a single-line field can never hold a line break")
    func singleLine() {
        let line = UntrustedText.singleLine("Acme\r\nBcc: boss@example.com")
        #expect(!line.contains("\n") && !line.contains("\r"))
    }

    @Test("spreadsheet formulas are neutralised, other values kept", arguments: [
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("Zoom", "Zoom"), ("", ""), ("a=b", "a=b"),
    ])
    func spreadsheet(input: String, expected: String) {
        #expect(UntrustedText.spreadsheetCell(input) == expected)
    }
}
