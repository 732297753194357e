/// Turns facts spelled as text (command-line values, CSV cells) into
/// ``AccountFacts``: one parser, so the command line and files accept and
/// reject exactly the same things.
public enum FactParser {
    /// - Parameters:
    ///   - raw: values by fact; an empty value counts as not given.
    ///   - products: the vendor's products, to check `product` against; nil
    ///     for a vendor cancelctl has no rules for (any product name is kept).
    public static func parse(_ raw: [Fact: String], today: CalendarDate,
                             products: [Product]?) throws(InputError) -> AccountFacts {
        try parse(valueOf: { raw[$0] }, today: today, products: products)
    }

    /// The same parser over values looked up by fact: lets a file reader
    /// keep a row's values in an array instead of a dictionary per row.
    public static func parse(valueOf raw: (Fact) -> String?, today: CalendarDate,
                             products: [Product]?) throws(InputError) -> AccountFacts {
        // The strings go through the byte parser below, so a flag and a
        // file cell are accepted or refused by exactly the same code.
        var bytes: [UInt8] = []
        var ranges = [Range<Int>](repeating: 0..<0, count: Fact.cases.count)
        for fact in Fact.cases {
            guard let value = raw(fact) else { continue }
            let start = bytes.count
            bytes.append(contentsOf: value.utf8)
            ranges[fact.index] = start..<bytes.count
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(InputError) in
            try parse(utf8: { UnsafeBufferPointer(rebasing: buffer[ranges[$0.index]]) }, today: today, products: products)
        }
    }

    /// The parser over each fact's UTF-8 bytes (an empty buffer is not
    /// given), with no `String` per value; a portfolio row takes the same
    /// rules through ``parse(_:given:into:products:)``. An ASCII value the byte rules accept is taken as is; anything
    /// else (non-ASCII text, a refused value) goes through the `String`
    /// rules (``set(_:_:in:products:)``), which decide and word the error:
    /// the bytes can only be a shortcut to the same answer.
    ///
    /// - Parameter given: bit `i` set when `Fact.allCases[i]` may have a
    ///   value; facts whose bit is clear are not asked for (a portfolio row
    ///   gives a handful of its 17 facts).
    public static func parse(utf8 cell: (Fact) -> UnsafeBufferPointer<UInt8>, given: UInt32 = .max, today: CalendarDate,
                             products: [Product]?) throws(InputError) -> AccountFacts {
        var facts = AccountFacts(today: today)
        try fill(&facts, utf8: cell, given: given, products: products)
        return facts
    }

    /// The same over a row's cells (``FactCells``), into `facts`, which
    /// must start as ``AccountFacts/init(today:)`` (facts already set are
    /// kept): what a portfolio runs for every row, inside this package only.
    /// Filled in place, as returning the facts copied them once more.
    package static func parse(_ cells: FactCells, given: UInt32, into facts: inout AccountFacts,
                             products: [Product]?) throws(InputError) {
        var remaining = given & allFacts
        while remaining != 0 {
            let index = remaining.trailingZeroBitCount
            remaining &= remaining &- 1
            try set(fact(at: index), utf8: cells[index], in: &facts, products: products)
        }
        try checkCombination(facts)
    }

    /// The body of ``parse(utf8:given:today:products:)``, on facts held by
    /// the caller: returning them from the loop copied them once more.
    static func fill(_ facts: inout AccountFacts, utf8 cell: (Fact) -> UnsafeBufferPointer<UInt8>, given: UInt32,
                     products: [Product]?) throws(InputError) {
        var remaining = given & allFacts
        while remaining != 0 {
            let fact = fact(at: remaining.trailingZeroBitCount)
            remaining &= remaining &- 1
            try set(fact, utf8: cell(fact), in: &facts, products: products)
        }
        try checkCombination(facts)
    }

    /// A bit for each fact, as `given` counts them (``Fact/confirmed`` is
    /// the last; a test checks it against ``Fact/allCases``).
    static var allFacts: UInt32 { (1 << UInt32(Fact.confirmed.index + 1)) &- 1 }

    /// Fact number `index` (``Fact/index``; below the number of facts), by a
    /// switch: reading ``Fact/cases`` went through its lazy global each time.
    @inline(__always)
    static func fact(at index: Int) -> Fact {
        switch index {
        case 0: return .product
        case 1: return .seats
        case 2: return .renewal
        case 3: return .billing
        case 4: return .termMonths
        case 5: return .renewalTermMonths
        case 6: return .noticeDays
        case 7: return .noticeMonths
        case 8: return .autoRenew
        case 9: return .periodEnd
        case 10: return .trial
        case 11: return .salesAssisted
        case 12: return .immediate
        case 13: return .channel
        case 14: return .contact
        case 15: return .noticeSent
        default: return .confirmed
        }
    }

    /// One fact's cell as typed (an empty one is not given): an ASCII value
    /// the byte rules accept is taken as is; anything else goes through the
    /// `String` rules, which decide and word the error.
    @inline(__always)
    static func set(_ fact: Fact, utf8 raw: UnsafeBufferPointer<UInt8>, in facts: inout AccountFacts,
                    products: [Product]?) throws(InputError) {
        if raw.isEmpty { return }
        if let value = ASCIIValue(trimming: raw) {
            if value.bytes.isEmpty { return }
            if value.set(fact, in: &facts, products: products) { return }
        }
        let text = String(decoding: raw, as: UTF8.self).trimmingSpaces
        if text.isEmpty { return }
        try set(fact, text, in: &facts, products: products)
    }

    /// Checks one fact's value (trimmed, not empty) and sets it.
    static func set(_ fact: Fact, _ value: String, in facts: inout AccountFacts,
                    products: [Product]?) throws(InputError) {
        let today = facts.today
        switch fact {
        case .product:
            guard let products else {
                facts.product = try text(value, fact, limit: AccountFacts.contactLengthLimit)
                return
            }
            guard let product = products.first(where: { $0.id == value })
                    ?? products.first(where: { $0.id == value.lowercased() }) else {
                throw InputError.notAccepted(value, for: "product", accepted: products.map(\.id))
            }
            facts.product = product.id
        case .seats:
            facts.seats = try number(value, fact, AccountFacts.seatRange)
        case .renewal:
            facts.renewal = try date(value, fact)
        case .billing:
            facts.billing = try choice(value, fact, BillingFrequency.self)
        case .termMonths:
            facts.termMonths = try number(value, fact, AccountFacts.termMonthsRange)
        case .renewalTermMonths:
            facts.renewalTermMonths = try number(value, fact, AccountFacts.termMonthsRange)
        case .noticeDays:
            facts.noticeDays = try number(value, fact, AccountFacts.noticeDaysRange)
        case .noticeMonths:
            facts.noticeMonths = try number(value, fact, AccountFacts.noticeMonthsRange)
        case .autoRenew:
            facts.autoRenew = try flag(value, fact)
        case .periodEnd:
            facts.periodEnd = try choice(value, fact, PeriodEnd.self)
        case .trial:
            facts.trial = try flag(value, fact)
        case .salesAssisted:
            facts.salesAssisted = try flag(value, fact)
        case .immediate:
            facts.immediate = try flag(value, fact)
        case .channel:
            facts.channel = try choice(value, fact, Channel.self)
        case .contact:
            facts.contact = try text(value, fact, limit: AccountFacts.contactLengthLimit)
        case .noticeSent:
            facts.noticeSent = try pastDate(value, fact, today: today)
        case .confirmed:
            facts.confirmed = try pastDate(value, fact, today: today)
        }
    }

    /// A date `YYYY-MM-DD` within ``CalendarDate/acceptedInputRange``.
    public static func date(_ value: String, _ name: String) throws(InputError) -> CalendarDate {
        guard let date = CalendarDate(value) else {
            // 2027-02-30 has the form but no such day; 31/01/2027 or
            // 01/31/2027 is a date in another form, whose day/month order
            // cannot be told apart, so it is refused with the form to use.
            let isoShaped = value.utf8.count == 10 && value.utf8.enumerated().allSatisfy { offset, byte in
                offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            }
            throw InputError(value: value, option: name,
                             reason: isoShaped ? LocalizedText(en: "is not a real date", fr: "n’est pas une date réelle")
                                 : LocalizedText(en: "is not written YYYY-MM-DD: use YYYY-MM-DD",
                                                 fr: "n’est pas écrite AAAA-MM-JJ : utilisez AAAA-MM-JJ"),
                             accepted: LocalizedText(en: "a date YYYY-MM-DD, e.g. 2027-01-31", fr: "une date AAAA-MM-JJ, p. ex. 2027-01-31"))
        }
        guard CalendarDate.acceptedInputRange.contains(date) else {
            throw InputError(value: value, option: name,
                             reason: LocalizedText(en: "is out of range", fr: "est hors limites"),
                             accepted: LocalizedText(en: "a date from 1900-01-01 to 2200-12-31", fr: "une date du 1900-01-01 au 2200-12-31"))
        }
        return date
    }

    static func date(_ value: String, _ fact: Fact) throws(InputError) -> CalendarDate {
        try date(value, fact.rawValue)
    }

    static func number(_ value: String, _ fact: Fact, _ range: ClosedRange<Int>) throws(InputError) -> Int {
        // Built only on error: interpolating it for every valid cell showed in portfolio profiles.
        var accepted: LocalizedText {
            LocalizedText(en: "a whole number from \(range.lowerBound) to \(range.upperBound)",
                          fr: "un nombre entier de \(range.lowerBound) à \(range.upperBound)")
        }
        // An optional sign then ASCII digits; digits too many for Int are a
        // whole number out of range, not "not a number".
        let bytes = value.utf8
        let body = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
        guard !body.isEmpty, body.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw InputError(value: value, option: fact.rawValue,
                             reason: LocalizedText(en: "is not a whole number", fr: "n’est pas un nombre entier"), accepted: accepted)
        }
        guard let number = Int(value), range.contains(number) else {
            throw InputError(value: value, option: fact.rawValue,
                             reason: LocalizedText(en: "is out of range", fr: "est hors limites"), accepted: accepted)
        }
        return number
    }

    /// One of an enumeration's raw values, matched without regard to case.
    static func choice<Value: RawRepresentable & CaseIterable>(_ value: String, _ fact: Fact,
                                                               _ type: Value.Type) throws(InputError) -> Value where Value.RawValue == String {
        if let exact = Value(rawValue: value) { return exact }
        let lowered = value.lowercased()
        if let match = Value.allCases.first(where: { $0.rawValue == lowered }) { return match }
        throw InputError.notAccepted(value, for: fact.rawValue, accepted: Value.allCases.map(\.rawValue))
    }

    /// Free text, single line and bounded: it will be shown to people.
    static func text(_ value: String, _ fact: Fact, limit: Int) throws(InputError) -> String {
        guard value.count <= limit else {
            throw InputError(value: value, option: fact.rawValue,
                             reason: LocalizedText(en: "is too long", fr: "est trop long"),
                             accepted: LocalizedText(en: "at most \(limit) characters", fr: "au plus \(limit) caractères"))
        }
        guard !value.unicodeScalars.contains(where: UntrustedText.isUnsafe) else {
            throw InputError(value: UntrustedText.terminalSafe(value), option: fact.rawValue,
                             reason: LocalizedText(en: "holds a control character or line break", fr: "contient un caractère de contrôle ou un saut de ligne"),
                             accepted: LocalizedText(en: "one line of text", fr: "une ligne de texte"))
        }
        return value
    }

    /// A date of something already done: not after `today`.
    static func pastDate(_ value: String, _ fact: Fact, today: CalendarDate) throws(InputError) -> CalendarDate {
        let day = try date(value, fact)
        guard day <= today else {
            throw InputError(value: value, option: fact.rawValue,
                             reason: LocalizedText(en: "is after today (\(today))", fr: "est après aujourd’hui (\(today))"),
                             accepted: LocalizedText(en: "a date on or before today", fr: "une date au plus tard aujourd’hui"))
        }
        return day
    }

    /// Facts that contradict each other: refused, naming both.
    @inline(__always)
    static func checkCombination(_ facts: AccountFacts) throws(InputError) {
        func conflict(_ fact: Fact, _ value: String, with other: String) -> InputError {
            InputError(value: value, option: fact.rawValue,
                       reason: LocalizedText(en: "cannot be given with \(other)", fr: "ne peut pas être donné avec \(other)"),
                       accepted: LocalizedText(en: "one or the other", fr: "l’un ou l’autre"))
        }
        if let months = facts.noticeMonths, facts.noticeDays != nil {
            throw conflict(.noticeMonths, String(months), with: "--notice-days")
        }
        if facts.autoRenew == false {
            if let period = facts.periodEnd {
                throw conflict(.periodEnd, period.rawValue, with: "--auto-renew no")
            }
            if let months = facts.renewalTermMonths {
                throw conflict(.renewalTermMonths, String(months), with: "--auto-renew no")
            }
        }
        if let sent = facts.noticeSent, let confirmed = facts.confirmed, confirmed < sent {
            throw InputError(value: confirmed.description, option: Fact.confirmed.rawValue,
                             reason: LocalizedText(en: "is before the notice was sent (\(sent))", fr: "est avant l’envoi de la demande (\(sent))"),
                             accepted: LocalizedText(en: "a date on or after --notice-sent", fr: "une date égale ou postérieure à --notice-sent"))
        }
    }

    static func flag(_ value: String, _ fact: Fact) throws(InputError) -> Bool {
        switch value.lowercased().trimmingSpaces {
        case "true", "yes", "1", "y", "oui": return true
        case "false", "no", "0", "n", "non": return false
        default:
            throw InputError.notAccepted(value, for: fact.rawValue, accepted: ["true", "false", "yes", "no", "1", "0"])
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (no Foundation needed).
    public var trimmingSpaces: String {
        // Fast path: most values have nothing to trim.
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
