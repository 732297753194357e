/// Where in a source a rule comes from: the source's id and the section
/// heading, quoted in the source's own language so it can be found.
///
/// Both are string literals of the vendor's code (`StaticString`), kept as
/// a pointer to the literal's bytes and a 32-bit length: a citation is 24
/// bytes (two `StaticString`s took 41, 48 once optional) and holds no
/// reference, so a ``RenewalSchedule`` or a plan that keeps two is copied
/// without retaining anything and with fewer moves. `cancelctl portfolio`
/// copies a schedule several times for each of a million rows.
///
/// A `StaticString` made from a unicode-scalar literal in a generic context
/// has no bytes in memory (a string literal, even of one character, always
/// has): its scalar is kept in the length field instead (see
/// ``scalarFlag``). Either way a citation compares and hashes by its text.
public struct Citation: Hashable, @unchecked Sendable {
    // @unchecked: the pointers address immutable literals of the binary.
    private let sourceStart: UnsafeRawPointer
    private let sectionStart: UnsafeRawPointer
    private let sourceCount: UInt32
    private let sectionCount: UInt32

    /// Set in a count that holds a Unicode scalar's value instead of a length.
    private static var scalarFlag: UInt32 { 1 << 31 }

    public init(source: StaticString, section: StaticString) {
        (sourceStart, sourceCount) = Citation.parts(source)
        (sectionStart, sectionCount) = Citation.parts(section)
    }

    /// The ``Source/id`` of one of the vendor's sources.
    public var source: String { Citation.withUTF8(sourceStart, sourceCount) { String(decoding: $0, as: UTF8.self) } }
    public var section: String { Citation.withUTF8(sectionStart, sectionCount) { String(decoding: $0, as: UTF8.self) } }

    public static func == (a: Citation, b: Citation) -> Bool {
        same(a.sourceStart, a.sourceCount, b.sourceStart, b.sourceCount)
            && same(a.sectionStart, a.sectionCount, b.sectionStart, b.sectionCount)
    }

    public func hash(into hasher: inout Hasher) {
        for (start, count) in [(sourceStart, sourceCount), (sectionStart, sectionCount)] {
            Citation.withUTF8(start, count) { bytes in
                hasher.combine(bytes.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
        }
    }

    private static func parts(_ literal: StaticString) -> (UnsafeRawPointer, UInt32) {
        if literal.hasPointerRepresentation {
            // A literal of 2 GiB or more cannot be compiled into a binary.
            return (UnsafeRawPointer(literal.utf8Start), UInt32(truncatingIfNeeded: literal.utf8CodeUnitCount) & ~scalarFlag)
        }
        let empty: StaticString = ""
        return (UnsafeRawPointer(empty.utf8Start), scalarFlag | literal.unicodeScalar.value)
    }

    /// The literal's UTF-8 bytes, for the length of `body`.
    private static func withUTF8<Result>(_ start: UnsafeRawPointer, _ count: UInt32,
                                         _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard count & scalarFlag != 0 else {
            return body(UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: Int(count)))
        }
        var encoded: [UInt8] = []
        if let scalar = Unicode.Scalar(count & ~scalarFlag) { UTF8.encode(scalar) { encoded.append($0) } }
        return encoded.withUnsafeBufferPointer(body)
    }

    /// Equal text; two literals with the same text may lie at different addresses.
    private static func same(_ a: UnsafeRawPointer, _ aCount: UInt32, _ b: UnsafeRawPointer, _ bCount: UInt32) -> Bool {
        if a == b && aCount == bCount { return true }
        return withUTF8(a, aCount) { x in withUTF8(b, bCount) { y in x.elementsEqual(y) } }
    }
}
