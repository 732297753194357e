import Testing
import CancelCore

@Suite("JSON encoding")
struct JSONValueEncoderTests {
    struct Sample: Encodable {
        let name: String
        let missing: String?
        let count: Int?
        let date: CalendarDate
        let flags: [Bool]
    }

    @Test("keys keep declaration order and nil is explicit null")
    func orderAndNulls() throws {
        let value = Sample(name: "a\"b\\c\n\u{01}é", missing: nil, count: nil, date: CalendarDate("2028-02-29") ?? CalendarDate(dayNumber: 0), flags: [true, false])
        let text = try JSONValueEncoder().encode(value).serialized(pretty: false)
        #expect(text == #"{"name":"a\"b\\c\n\u0001é","missing":null,"count":null,"date":"2028-02-29","flags":[true,false]}"#)
    }

    @Test("pretty output indents by two spaces and keeps empty containers short")
    func pretty() throws {
        let text = JSONValue.object([.init("a", .array([])), .init("b", .object([])), .init("c", .array([.int(1)]))]).serialized()
        #expect(text == "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1\n  ]\n}")
    }
}
