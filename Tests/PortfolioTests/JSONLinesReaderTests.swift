import Testing
import CancelCore
import CancelPortfolio

@Suite("JSON Lines reader")
struct JSONLinesReaderTests {
    func read(_ text: String, chunkSize: Int = 1 << 16) -> [JSONLinesRecord] {
        var reader = JSONLinesReader(bytes: Array(text.utf8), chunkSize: chunkSize)
        var records: [JSONLinesRecord] = []
        while let record = reader.next() { records.append(record) }
        return records
    }

    @Test("objects, escapes, blank lines, CRLF, BOM")
    func objects() {
        let records = read("\u{FEFF}{\"vendor\":\"goto\",\"seats\":3}\r\n\n  \n{\"name\":\"a\\\"b\\n\\u00e9\\ud83d\\ude00\",\"trial\":true,\"x\":null}\n")
        #expect(records.map(\.line) == [1, 4])
        #expect(records[0].value == .object([.init("vendor", .string("goto")), .init("seats", .int(3))]))
        #expect(records[1].value?["name"] == .string("a\"b\né😀"))
        #expect(records[1].value?["trial"] == .bool(true))
        #expect(records[1].value?["x"] == .null)
    }

    @Test("a bad line is reported and the next one still read", arguments: [
        "{\"a\":1,}", "{\"a\" 1}", "{\"a\":01}", "{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"}", "[1,2", "{\"a\":1} x", "nul", "{\"a\":\"tab\there\"}",
    ])
    func badLine(line: String) {
        let records = read(line + "\n{\"ok\":1}\n")
        #expect(records.count == 2)
        #expect(records[0].error != nil)
        #expect(records[1].value?["ok"] == .int(1))
    }

    @Test("deep nesting is refused, not a stack overflow")
    func depth() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(read(deep).first?.error?.kind == .tooDeep)
    }

    @Test("invalid UTF-8 in a string is an error")
    func utf8() throws {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test("numbers: integers, large and fractional")
    func numbers() throws {
        #expect(try JSONParser.parse(Array("-12".utf8)) == .int(-12))
        #expect(try JSONParser.parse(Array("1.5e2".utf8)) == .double(150))
        #expect(try JSONParser.parse(Array("99999999999999999999".utf8)) == .double(1e20))
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array("1.".utf8)) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array("1e999".utf8)) }
    }

    @Test("the same lines whatever the chunk size", arguments: [1, 3, 8])
    func chunking(chunkSize: Int) {
        let text = "{\"a\":\"é\"}\r\n\n{\"b\":[1,{\"c\":2}]}\nbroken\n{\"d\":false}"
        #expect(read(text, chunkSize: chunkSize) == read(text))
    }
}
