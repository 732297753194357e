/// Where in a source a rule comes from: the source's id and the section
/// heading, quoted in the source's own language so it can be found.
///
/// Both are string literals of the vendor's code, kept as `StaticString`: a
/// citation holds no reference, so a ``RenewalSchedule`` or a plan that
/// keeps one is copied without retaining or releasing anything.
/// `cancelctl portfolio` copies a schedule (and its two citations) several
/// times for each of a million rows.
public struct Citation: Hashable, Sendable {
    private let sourceLiteral: StaticString
    private let sectionLiteral: StaticString

    public init(source: StaticString, section: StaticString) {
        sourceLiteral = source
        sectionLiteral = section
    }

    /// The ``Source/id`` of one of the vendor's sources.
    public var source: String { sourceLiteral.description }
    public var section: String { sectionLiteral.description }

    public static func == (a: Citation, b: Citation) -> Bool {
        same(a.sourceLiteral, b.sourceLiteral) && same(a.sectionLiteral, b.sectionLiteral)
    }

    public func hash(into hasher: inout Hasher) {
        for literal in [sourceLiteral, sectionLiteral] {
            literal.withUTF8Buffer { bytes in
                hasher.combine(bytes.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
        }
    }

    /// Equal text; two literals with the same text may lie at different addresses.
    private static func same(_ a: StaticString, _ b: StaticString) -> Bool {
        a.withUTF8Buffer { x in b.withUTF8Buffer { y in x.elementsEqual(y) } }
    }
}
