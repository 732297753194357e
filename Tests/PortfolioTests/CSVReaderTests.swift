import Testing
import CancelCore
import CancelPortfolio
import CancelCoreTesting

@Suite("CSV reader")
struct CSVReaderTests {
    func read(_ text: String, chunkSize: Int = 1 << 16) -> [CSVRecord] {
        var reader = CSVReader(bytes: Array(text.utf8), chunkSize: chunkSize)
        return reader.readAll()
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks")
    func quotes() {
        let records = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,1,2\n")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "1", "2"]])
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(records.allSatisfy { $0.problem == nil })
    }

    @Test("BOM, CRLF, blank lines and a missing final newline")
    func lineEnds() {
        let records = read("\u{FEFF}name,vendor\r\n\r\nÉquipe 🎥,goto\r\n,\r\n\"q\"\r\nend,x")
        #expect(records.map(\.fields) == [["name", "vendor"], ["Équipe 🎥", "goto"], ["q"], ["end", "x"]])
        #expect(records.map(\.line) == [1, 3, 5, 6])
    }

    @Test("an empty quoted field is a value, not a blank line")
    func emptyQuoted() {
        #expect(read("\"\"\n").map(\.fields) == [[""]])
        #expect(read("").isEmpty)
        #expect(read("\n\n\r\n").isEmpty)
    }

    @Test("unterminated quote is reported with the line it starts on")
    func unterminated() {
        let records = read("a,b\nok,1\n\"never closed,2\nmore\n")
        #expect(records.count == 3)
        #expect(records[2].line == 3)
        #expect(records[2].problem == .unterminatedQuote)
    }

    @Test("invalid UTF-8 flags its record and reading goes on")
    func invalidUTF8() {
        var bytes = Array("a,b\n".utf8)
        bytes += [0x78, 0xFF, 0x2C, 0x31, 0x0A]
        bytes += Array("next,2\n".utf8)
        var reader = CSVReader(bytes: bytes)
        let records = reader.readAll()
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records[1].problem == .invalidUTF8)
        #expect(records[2].fields == ["next", "2"])
        #expect(records[2].problem == nil)
    }

    @Test("text after a closing quote is flagged, not swallowed")
    func textAfterQuote() {
        let records = read("\"a\"b,c\nx,y\n")
        #expect(records[0].problem == .textAfterQuote)
        #expect(records[1].fields == ["x", "y"])
    }

    @Test("the same records whatever the chunk size", arguments: [1, 2, 3, 5, 7, 16, 64])
    func chunking(chunkSize: Int) {
        let text = "\u{FEFF}h1,h2\r\n\"a,\"\"b\"\"\r\nc\",😀é\r\n\r\nplain,\"\"\r\n\"x\"\r\n"
        #expect(read(text, chunkSize: chunkSize) == read(text))
    }

    @Test("currentRaw is the record's bytes unchanged")
    func raw() {
        let text = "h\r\n\"multi\nline\",x\r\nnext\n"
        var reader = CSVReader(bytes: Array(text.utf8), chunkSize: 4)
        _ = reader.next()
        #expect(String(decoding: reader.currentRaw, as: UTF8.self) == "h\r\n")
        _ = reader.next()
        #expect(String(decoding: reader.currentRaw, as: UTF8.self) == "\"multi\nline\",x\r\n")
        _ = reader.next()
        #expect(String(decoding: reader.currentRaw, as: UTF8.self) == "next\n")
        #expect(reader.next() == nil)
    }

    @Test("arbitrary bytes never trap")
    func noTrap() {
        var generator = SplitMix(seed: 83)
        for _ in 0..<300 {
            let alphabet: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x61, 0xEF, 0xBB, 0xBF, 0xFF, 0xC3, 0xA9]
            let bytes = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0x61 }
            var reader = CSVReader(bytes: bytes, chunkSize: Int.random(in: 1...8, using: &generator))
            _ = reader.readAll()
        }
    }
}
