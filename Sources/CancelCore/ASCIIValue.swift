/// A fact's value as ASCII bytes, trimmed of spaces and tabs: the shortcut
/// ``FactParser`` takes for the values nearly every cell holds (`2027-01-31`,
/// `12`, `annual`, `yes`). It only ever accepts what the `String` rules
/// accept, with the same result; for anything else ``set(_:in:products:)``
/// returns false and the `String` rules decide (and word the error).
/// Public so a portfolio matches a vendor cell against ids the same way.
public struct ASCIIValue {
    public let bytes: UnsafeBufferPointer<UInt8>

    /// Nil when a byte is not ASCII (the `String` rules compare such text
    /// by `Character`, which bytes cannot mimic).
    /// Inlinable: a portfolio trims every row's vendor cell with it.
    @inlinable @inline(__always)
    public init?(trimming raw: UnsafeBufferPointer<UInt8>) {
        guard let base = raw.baseAddress else {
            bytes = raw
            return
        }
        var start = 0, end = raw.count
        guard ASCIIValue.isASCII(UnsafeRawPointer(base), count: end) else { return nil }
        // Nearly every value has nothing to trim: one test at each end.
        while start < end && (base[start] == 0x20 || base[start] == 0x09) { start += 1 }
        while end > start && (base[end &- 1] == 0x20 || base[end &- 1] == 0x09) { end -= 1 }
        bytes = UnsafeBufferPointer(start: base + start, count: end &- start)
    }

    /// True when no byte of the `count` at `base` has its top bit set,
    /// looked at eight bytes at a time (a byte at a time cost about 16
    /// instructions a fact).
    @inlinable @inline(__always)
    static func isASCII(_ base: UnsafeRawPointer, count: Int) -> Bool {
        var seen: UInt64
        if count <= 8 {
            seen = ShortText.word(base, count: count)
        } else {
            seen = base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            var offset = 0
            while offset &+ 8 < count {
                seen |= base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                offset &+= 8
            }
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }

    /// `word` (lower case, at most 15 bytes) as a ``ShortText``: a choice
    /// (every word a choice fact accepts fits) is told by a compare or two
    /// of words. The loads from the literal fold to constants when inlined.
    @inline(__always)
    static func key(_ word: StaticString) -> ShortText {
        assert(word.utf8CodeUnitCount <= ShortText.capacity, "a choice key longer than a ShortText holds")
        let words = ShortText.words(UnsafeRawPointer(word.utf8Start), count: word.utf8CodeUnitCount)
        return ShortText(low: words.low, high: words.high | UInt64(truncatingIfNeeded: word.utf8CodeUnitCount) &<< 56)
    }

    /// Sets `fact` when the value is one the `String` rules accept as is;
    /// false to leave it to them.
    func set(_ fact: Fact, in facts: inout AccountFacts, products: [Product]?) -> Bool {
        switch fact {
        case .product:
            // A vendor cancelctl has no rules for: any one line of text.
            guard let products else {
                guard isOneLineText else { return false }
                facts.setProduct(utf8: bytes)
                return true
            }
            guard let short = ShortText(bytes) else { return false }
            // The id as typed is stored from the bytes, with no `String`;
            // ids are compared as two words (``Product/key``). An id longer
            // than a ``ShortText`` is left to the `String` rules.
            if products.contains(where: { $0.key == short }) {
                facts.setProduct(utf8: bytes)
            } else if let product = products.first(where: { $0.key == short.lowercased }) {
                facts.product = product.id
            } else {
                return false
            }
        case .seats:
            guard let value = number(in: AccountFacts.seatRange) else { return false }
            facts.seats = value
        case .renewal:
            guard let value = date, CalendarDate.acceptedInputRange.contains(value) else { return false }
            facts.renewal = value
        case .billing:
            guard let value = billing else { return false }
            facts.billing = value
        case .termMonths:
            guard let value = number(in: AccountFacts.termMonthsRange) else { return false }
            facts.termMonths = value
        case .renewalTermMonths:
            guard let value = number(in: AccountFacts.termMonthsRange) else { return false }
            facts.renewalTermMonths = value
        case .noticeDays:
            guard let value = number(in: AccountFacts.noticeDaysRange) else { return false }
            facts.noticeDays = value
        case .noticeMonths:
            guard let value = number(in: AccountFacts.noticeMonthsRange) else { return false }
            facts.noticeMonths = value
        case .autoRenew:
            guard let value = flag else { return false }
            facts.autoRenew = value
        case .periodEnd:
            guard let value = periodEnd else { return false }
            facts.periodEnd = value
        case .trial:
            guard let value = flag else { return false }
            facts.trial = value
        case .salesAssisted:
            guard let value = flag else { return false }
            facts.salesAssisted = value
        case .immediate:
            guard let value = flag else { return false }
            facts.immediate = value
        case .channel:
            guard let value = channel else { return false }
            facts.channel = value
        case .contact:
            // Free text: beyond printable ASCII, length in Characters and
            // unsafe scalars are the String rules' to check.
            guard isOneLineText else { return false }
            facts.contact = String(decoding: bytes, as: UTF8.self)
        case .noticeSent:
            guard let value = date, CalendarDate.acceptedInputRange.contains(value), value <= facts.today else { return false }
            facts.noticeSent = value
        case .confirmed:
            guard let value = date, CalendarDate.acceptedInputRange.contains(value), value <= facts.today else { return false }
            facts.confirmed = value
        }
        return true
    }

    /// True for text ``FactParser/text(_:_:limit:)`` accepts as is for a
    /// product or contact: printable ASCII (no control character, so one
    /// `Character` a byte and no unsafe scalar), at most
    /// ``AccountFacts/contactLengthLimit`` of them. Unlisted vendors' rows
    /// give a product on most rows; through `String` it cost some 900
    /// instructions.
    var isOneLineText: Bool {
        guard bytes.count <= AccountFacts.contactLengthLimit else { return false }
        for byte in bytes where byte < 0x20 || byte >= 0x7F { return false }
        return true
    }

    /// An optional `+` and at most 18 digits, within `range`.
    func number(in range: ClosedRange<Int>) -> Int? {
        var index = 0
        if index < bytes.count && bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard index < bytes.count, bytes.count - index <= 18 else { return nil }
        var value = 0
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            index += 1
        }
        return range.contains(value) ? value : nil
    }

    var date: CalendarDate? { CalendarDate(isoBytes: bytes) }

    /// `value` matched as typed first, then lower-cased: nearly every cell
    /// is typed in lower case already, and lower-casing cost about 16
    /// instructions.
    @inline(__always)
    private func match<Value>(_ value: (ShortText) -> Value?) -> Value? {
        guard let typed = ShortText(bytes) else { return nil }
        return value(typed) ?? value(typed.lowercased)
    }

    /// `true`/`false`, `yes`/`no`, `1`/`0`, `y`/`n`, `oui`/`non`, any case.
    var flag: Bool? {
        match { key in
            if key == ASCIIValue.key("true") || key == ASCIIValue.key("yes") || key == ASCIIValue.key("1")
                || key == ASCIIValue.key("y") || key == ASCIIValue.key("oui") { return true }
            if key == ASCIIValue.key("false") || key == ASCIIValue.key("no") || key == ASCIIValue.key("0")
                || key == ASCIIValue.key("n") || key == ASCIIValue.key("non") { return false }
            return nil
        }
    }

    // The ids of the choice facts, spelled here to compare words without
    // building a `String`; `ASCIIValueTests` checks each against its
    // enumeration's raw values. A value missing here only takes the slower
    // `String` rules.

    var billing: BillingFrequency? {
        match { key in
            if key == ASCIIValue.key("monthly") { return .monthly }
            if key == ASCIIValue.key("annual") { return .annual }
            return nil
        }
    }

    var periodEnd: PeriodEnd? {
        match { key in
            if key == ASCIIValue.key("month") { return .month }
            if key == ASCIIValue.key("quarter") { return .quarter }
            if key == ASCIIValue.key("year") { return .year }
            return nil
        }
    }

    var channel: Channel? {
        match { key in
            if key == ASCIIValue.key("self-service") { return .selfService }
            if key == ASCIIValue.key("email") { return .email }
            if key == ASCIIValue.key("support") { return .support }
            if key == ASCIIValue.key("account-manager") { return .accountManager }
            if key == ASCIIValue.key("unknown") { return .unknown }
            return nil
        }
    }

    /// Byte for byte equal to `other`: for callers that keep ids as bytes,
    /// which compares faster than through a `String`'s UTF-8 view.
    public func equals(_ other: [UInt8]) -> Bool {
        other.withUnsafeBufferPointer { equals($0) }
    }

    /// Byte for byte equal to `text` (as `==` is for ASCII).
    public func equals(_ text: String) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        return text.utf8.withContiguousStorageIfAvailable { equals($0) } ?? (text == string)
    }

    private func equals(_ expected: UnsafeBufferPointer<UInt8>) -> Bool {
        guard expected.count == bytes.count else { return false }
        for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
        return true
    }

    /// The bytes as text (short values are stored inline, unallocated).
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
