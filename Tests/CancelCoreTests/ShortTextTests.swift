@testable import CancelCore
import Testing

/// ``ShortText`` reads its bytes with a few overlapping loads and lower-cases
/// eight bytes at a time; ``ASCIIValue`` checks for non-ASCII bytes a word at
/// a time. These compare each with the byte-by-byte rule it replaced, over
/// every length the loads treat apart and bytes on both sides of `A`-`Z`.
@Suite struct ShortTextTests {
    /// The two words byte by byte: bytes 0 to 7 in `low`, 8 to 15 in `high`.
    private func plainWords(_ bytes: [UInt8]) -> (UInt64, UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 { low |= UInt64(byte) << UInt64(8 * index) } else { high |= UInt64(byte) << UInt64(8 * (index - 8)) }
        }
        return (low, high)
    }

    /// Bytes of every length from 0 to 16, each byte distinct from its neighbours.
    private static let lengths = Array(0...16)

    @Test("the word loads give the bytes in place, zero above", arguments: lengths)
    func words(count: Int) {
        let bytes = (0..<count).map { UInt8(0x41 + $0 * 7 % 190) }
        let loaded = bytes.withUnsafeBufferPointer { buffer -> (low: UInt64, high: UInt64) in
            guard let base = buffer.baseAddress else { return (0, 0) }
            return ShortText.words(UnsafeRawPointer(base), count: count)
        }
        let expected = plainWords(bytes)
        #expect(loaded.low == expected.0 && loaded.high == expected.1, "\(count) bytes")
    }

    @Test("init from bytes equals init from the String, and keeps the length")
    func fromBytes() {
        for count in 0...16 {
            let text = String((0..<count).map { Character(UnicodeScalar(UInt8(0x61 + $0 % 26))) })
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer { ShortText($0) }
            #expect(fromBytes == ShortText(text), "\(count) bytes")
            #expect(fromBytes?.count == (count <= 15 ? count : nil))
            #expect(fromBytes?.string == (count <= 15 ? text : nil))
        }
        // A NUL byte counts: "a\0" is not "a".
        #expect(Array("a\u{0}".utf8).withUnsafeBufferPointer { ShortText($0) } != ShortText("a"))
    }

    @Test("lower-casing by words agrees with lowercased() on every byte value at every position")
    func lowercased() {
        for byte in UInt8.min...UInt8.max {
            for position in [0, 3, 7, 8, 14] {
                var bytes = [UInt8](repeating: UInt8(ascii: "Q"), count: 15)
                bytes[position] = byte
                let short = bytes.withUnsafeBufferPointer { ShortText($0) }
                // ASCII letters lower-cased, every other byte as it is (as
                // `String.lowercased()` does to the ASCII part).
                let expected = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                #expect(short?.lowercased == expected.withUnsafeBufferPointer { ShortText($0) }, "byte \(byte) at \(position)")
            }
        }
        #expect(ShortText("Account-MANAGER")?.lowercased == ShortText("account-manager"))
        #expect(ShortText("@[`{")?.lowercased == ShortText("@[`{"))
    }

    @Test("a key spelled from a literal is the lower-cased key of the same bytes")
    func keys() {
        #expect(ASCIIValue.key("account-manager") == ShortText("account-manager"))
        #expect(ASCIIValue.key("y") == ShortText("y"))
        #expect(ASCIIValue.key("monthly") != ShortText("month"))
    }

    @Test("the ASCII check finds a byte of 0x80 or more at any position of any length")
    func asciiCheck() {
        for count in 0...40 {
            let plain = [UInt8](repeating: UInt8(ascii: "z"), count: count)
            #expect(plain.withUnsafeBufferPointer { ASCIIValue(trimming: $0) } != nil, "\(count) ASCII bytes")
            for position in 0..<count {
                for byte: UInt8 in [0x7F, 0x80, 0xC3, 0xFF] {
                    var bytes = plain
                    bytes[position] = byte
                    let taken = bytes.withUnsafeBufferPointer { ASCIIValue(trimming: $0) } != nil
                    #expect(taken == (byte < 0x80), "byte \(byte) at \(position) of \(count)")
                }
            }
        }
    }

    @Test("facts by number are Fact.allCases in order, and the mask has a bit for each")
    func factNumbers() {
        for (index, fact) in Fact.allCases.enumerated() {
            #expect(FactParser.fact(at: index) == fact)
        }
        #expect(FactParser.allFacts.nonzeroBitCount == Fact.allCases.count)
        #expect(FactParser.allFacts == (1 << UInt32(Fact.allCases.count)) - 1)
    }
}
