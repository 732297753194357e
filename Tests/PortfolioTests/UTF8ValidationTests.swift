import Testing
@testable import CancelPortfolio

/// The CSV reader rejects a record exactly when ``UTF8Validation`` says it
/// is not UTF-8; that must be the standard library's rule, and the ASCII
/// word skip must not step over a bad byte at any offset of a word.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    private func valid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }

    private func standard(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    @Test("every one- and two-byte sequence, three- and four-byte ones from edge values, as the standard library decides")
    func agreesWithStandardLibrary() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF,
                              0xF0, 0xF4, 0xF5, 0xFF]
        var cases: [[UInt8]] = []
        for first in 0...255 {
            cases.append([UInt8(first)])
            // (An ASCII first byte is checked alone above.)
            if first >= 0x80 { for second in 0...255 { cases.append([UInt8(first), UInt8(second)]) } }
        }
        for lead in edges { for second in edges { for third in edges {
            cases.append([lead, second, third])
            for fourth: UInt8 in [0x41, 0x80, 0xBF, 0xC0] { cases.append([lead, second, third, fourth]) }
        } } }
        var disagreements: [[UInt8]] = []
        for sequence in cases {
            // At every offset of an eight-byte word, after and before ASCII.
            for before in 0..<9 {
                let bytes = [UInt8](repeating: 0x61, count: before) + sequence + [UInt8](repeating: 0x62, count: 8 - before)
                if valid(bytes) != standard(bytes) { disagreements.append(bytes) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test("a bad byte after long ASCII is found wherever it falls")
    func badByteAfterASCII() {
        for length in 0..<40 {
            var bytes = [UInt8](repeating: 0x61, count: length) + [0xFF] + [UInt8](repeating: 0x61, count: 5)
            #expect(!valid(bytes), "length \(length)")
            bytes[length] = 0x62
            #expect(valid(bytes))
            #expect(valid(Array(bytes.prefix(length)) + Array("é".utf8)))
            #expect(!valid(Array(bytes.prefix(length)) + [0xC3]))
        }
        #expect(valid([]))
    }
}
