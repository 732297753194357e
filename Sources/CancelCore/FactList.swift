/// Facts in the order they were added, each at most once, kept in three
/// integers: a plan's missing facts without an array to allocate and free
/// for each plan (`cancelctl portfolio` builds a million plans).
///
/// It reads as a collection of ``Fact``: `for fact in plan.missingFacts`,
/// `missing.append(.seats)`, `missing += facts.missingDates(schedule: schedule)`,
/// `[.renewal, .noticeDays]`. The order is kept because reports list the
/// facts in the order the vendor found them missing.
public struct FactList: RandomAccessCollection, ExpressibleByArrayLiteral, Hashable, Sendable, CustomStringConvertible {
    /// The facts as a set: bit i is `Fact.allCases[i]` (``Fact/index``).
    @inlinable public var bits: UInt32 { members }
    @usableFromInline var members: UInt32 = 0
    /// Each position's ``Fact/index`` in 5 bits: positions 0 to 11 here,
    /// 12 to 16 in ``moreCodes`` (there are 17 facts).
    @usableFromInline var codes: UInt64 = 0
    @usableFromInline var moreCodes: UInt32 = 0

    @usableFromInline static var codeBits: Int { 5 }
    @usableFromInline static var codesInFirstWord: Int { 12 }

    // Inlinable throughout: vendors build a list for every plan, and a call
    // per `append` or `[]` cost more than the bit operations themselves.
    @inlinable
    public init() {}

    @inlinable
    public init(arrayLiteral facts: Fact...) {
        for fact in facts { append(fact) }
    }

    @inlinable
    public init<S: Sequence>(_ facts: S) where S.Element == Fact {
        for fact in facts { append(fact) }
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { members.nonzeroBitCount }
    @inlinable public var isEmpty: Bool { members == 0 }

    @inlinable
    public subscript(position: Int) -> Fact {
        precondition(position >= 0 && position < endIndex, "FactList index out of range")
        let code = position < FactList.codesInFirstWord
            ? Int(truncatingIfNeeded: codes >> UInt64(position * FactList.codeBits))
            : Int(truncatingIfNeeded: moreCodes >> UInt32((position - FactList.codesInFirstWord) * FactList.codeBits))
        return Fact.cases[code & 31]
    }

    /// True when `fact` is listed; one bit test.
    @inlinable
    public func contains(_ fact: Fact) -> Bool {
        members & (1 << UInt32(fact.index)) != 0
    }

    /// Adds `fact` at the end; a fact already listed keeps its place.
    @inlinable
    public mutating func append(_ fact: Fact) {
        let index = fact.index
        guard members & (1 << UInt32(index)) == 0 else { return }
        let position = endIndex
        if position < FactList.codesInFirstWord {
            codes |= UInt64(index) << UInt64(position * FactList.codeBits)
        } else {
            moreCodes |= UInt32(index) << UInt32((position - FactList.codesInFirstWord) * FactList.codeBits)
        }
        members |= 1 << UInt32(index)
    }

    /// Appends each of `other`'s facts not listed yet, in its order.
    @inlinable
    public static func += (list: inout FactList, other: FactList) {
        guard !other.isEmpty else { return }
        for fact in other { list.append(fact) }
    }

    public var description: String { "[" + map { "." + String(describing: $0) }.joined(separator: ", ") + "]" }
}
