import CancelCLI
import Testing

@Suite struct ICSWriterTests {
    @Test func escapesTextSpecials() {
        #expect(ICSWriter.escape("a;b,c\\d\ne\r\nf") == "a\\;b\\,c\\\\d\\ne\\nf")
        #expect(ICSWriter.escape("tab\there\u{07}") == "tab here ")
    }

    @Test func foldsLongFrenchTextAt75OctetsWithoutSplittingCharacters() throws {
        let french = "Écrivez par e-mail à l’équipe Customer Success, de sorte qu’elle leur parvienne ; au moins 30 jours avant – « dernier délai », é à ç ü œ … "
        let content = "DESCRIPTION:" + ICSWriter.escape(String(repeating: french, count: 4))
        let folded = ICSWriter.fold(content)
        #expect(folded.hasSuffix("\r\n"))
        let bytes = Array(folded.utf8)
        var lines: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append([]); index += 2; continue
            }
            #expect(bytes[index] != 10, "bare LF")
            lines[lines.count - 1].append(bytes[index]); index += 1
        }
        lines.removeLast()
        #expect(lines.count > 5)
        for (number, line) in lines.enumerated() {
            #expect(line.count <= ICSWriter.maxOctets, "line \(number) has \(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "line \(number) is not valid UTF-8 on its own")
            if number > 0 { #expect(line.first == 32) }
        }
        // Unfolding gives the content back exactly.
        let unfolded = lines.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }
        #expect(unfolded == Array(content.utf8))
        #expect(content.contains("\\,") && content.contains("\\;"))
    }

    @Test func aShortLineIsNotFolded() {
        #expect(ICSWriter.fold("VERSION:2.0") == "VERSION:2.0\r\n")
        let exactly75 = String(repeating: "é", count: 37) + "a"
        #expect(exactly75.utf8.count == 75)
        #expect(ICSWriter.fold(exactly75) == exactly75 + "\r\n")
    }
}
