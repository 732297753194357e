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
    public init?(trimming raw: UnsafeBufferPointer<UInt8>) {
        var start = 0, end = raw.count
        for byte in raw where byte >= 0x80 { return nil }
        while start < end && (raw[start] == 0x20 || raw[start] == 0x09) { start += 1 }
        while end > start && (raw[end - 1] == 0x20 || raw[end - 1] == 0x09) { end -= 1 }
        bytes = UnsafeBufferPointer(rebasing: raw[start..<end])
    }

    /// Sets `fact` when the value is one the `String` rules accept as is;
    /// false to leave it to them.
    func set(_ fact: Fact, in facts: inout AccountFacts, products: [Product]?) -> Bool {
        switch fact {
        case .product:
            guard let products else { return false }
            // The id as typed is stored from the bytes, with no `String`;
            // short ids are compared as two words (``Product/key``).
            let short = ShortText(bytes)
            if products.contains(where: { product in
                if let short, let key = product.key { return short == key }
                return equals(product.id)
            }) {
                facts.setProduct(utf8: bytes)
            } else if let product = products.first(where: { equalsIgnoringCase($0.id) }) {
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
            // Free text: length in Characters and unsafe scalars are the String rules' to check.
            return false
        case .noticeSent:
            guard let value = date, CalendarDate.acceptedInputRange.contains(value), value <= facts.today else { return false }
            facts.noticeSent = value
        case .confirmed:
            guard let value = date, CalendarDate.acceptedInputRange.contains(value), value <= facts.today else { return false }
            facts.confirmed = value
        }
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

    /// `true`/`false`, `yes`/`no`, `1`/`0`, `y`/`n`, `oui`/`non`, any case.
    var flag: Bool? {
        if isWord("true") || isWord("yes") || isWord("1")
            || isWord("y") || isWord("oui") { return true }
        if isWord("false") || isWord("no") || isWord("0")
            || isWord("n") || isWord("non") { return false }
        return nil
    }

    // The ids of the choice facts, spelled here to compare bytes without
    // building a `String`; `ASCIIValueTests` checks each against its
    // enumeration's raw values. A value missing here only takes the slower
    // `String` rules.

    var billing: BillingFrequency? {
        if isWord("monthly") { return .monthly }
        if isWord("annual") { return .annual }
        return nil
    }

    var periodEnd: PeriodEnd? {
        if isWord("month") { return .month }
        if isWord("quarter") { return .quarter }
        if isWord("year") { return .year }
        return nil
    }

    var channel: Channel? {
        if isWord("self-service") { return .selfService }
        if isWord("email") { return .email }
        if isWord("support") { return .support }
        if isWord("account-manager") { return .accountManager }
        if isWord("unknown") { return .unknown }
        return nil
    }

    /// Equal to `word` (lower case) once ASCII letters are lower-cased here.
    /// The length is compared first: most words are told apart by it.
    func isWord(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { $0.count == bytes.count && equals($0, ignoringCase: true) }
    }

    /// Byte for byte equal to `text` (as `==` is for ASCII).
    /// Byte for byte equal to `other`: for callers that keep ids as bytes,
    /// which compares faster than through a `String`'s UTF-8 view.
    public func equals(_ other: [UInt8]) -> Bool {
        other.withUnsafeBufferPointer { equals($0, ignoringCase: false) }
    }

    public func equals(_ text: String) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        return text.utf8.withContiguousStorageIfAvailable { equals($0, ignoringCase: false) } ?? (text == string)
    }

    /// Equal once ASCII letters are lower-cased on this side (`text` is an
    /// id, lower case, as the `String` rules compare `value.lowercased()`).
    func equalsIgnoringCase(_ text: String) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        return text.utf8.withContiguousStorageIfAvailable { equals($0, ignoringCase: true) } ?? (text == lowercased)
    }

    private func equals(_ expected: UnsafeBufferPointer<UInt8>, ignoringCase: Bool) -> Bool {
        guard expected.count == bytes.count else { return false }
        for index in 0..<bytes.count {
            var byte = bytes[index]
            if ignoringCase && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte != expected[index] { return false }
        }
        return true
    }

    /// The bytes as text (short values are stored inline, unallocated).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The same with ASCII letters lower-cased, as `String.lowercased()`
    /// does for ASCII.
    var lowercased: String {
        String(unsafeUninitializedCapacity: bytes.count) { lower in
            for (index, byte) in bytes.enumerated() {
                lower[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }
}
