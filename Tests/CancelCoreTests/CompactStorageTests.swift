@testable import CancelCore
import Testing

/// ``AccountFacts``, ``ContractTerms`` and ``RenewalSchedule`` keep optional
/// numbers and dates as plain values with presence bits, and ``Citation``
/// keeps pointers to its literals. Whatever the storage, every value a
/// setter accepts reads back as given (the ends of `Int` and of the
/// calendar, zero and day 0 included, since an absent value is stored as
/// zero), facts are independent of each other, and equality still means
/// equal values.
@Suite("compact storage of facts, terms and schedules")
struct CompactStorageTests {
    static let numbers: [Int?] = [nil, 0, 1, -1, 12, 730, 100_000, Int.max, Int.min, Int(Int32.max) + 1]
    static let dates: [CalendarDate?] = [nil, CalendarDate(dayNumber: 0), CalendarDate(dayNumber: -1), CalendarDate(dayNumber: 1),
                                         CalendarDate(year: 1, month: 1, day: 1), CalendarDate(year: 9999, month: 12, day: 31),
                                         CalendarDate(year: 2028, month: 2, day: 29)]
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)

    typealias IntFact = WritableKeyPath<AccountFacts, Int?>
    typealias DateFact = WritableKeyPath<AccountFacts, CalendarDate?>
    static var intFacts: [IntFact] { [\.seats, \.termMonths, \.renewalTermMonths, \.noticeDays, \.noticeMonths] }
    static var dateFacts: [DateFact] { [\.renewal, \.noticeSent, \.confirmed] }

    @Test("every number a fact setter accepts reads back, and leaves the other facts alone", arguments: numbers)
    func numbersRoundTrip(value: Int?) {
        for fact in CompactStorageTests.intFacts {
            var facts = AccountFacts(today: today, seats: 7, renewal: today, termMonths: 3, renewalTermMonths: 4,
                                     noticeDays: 5, noticeMonths: 6, noticeSent: today, confirmed: today)
            let before = facts
            facts[keyPath: fact] = value
            #expect(facts[keyPath: fact] == value)
            #expect(facts.isKnown(Fact.allCases.first { AccountFacts.path(of: $0) == fact } ?? .seats) == (value != nil))
            for other in CompactStorageTests.intFacts where other != fact { #expect(facts[keyPath: other] == before[keyPath: other]) }
            for other in CompactStorageTests.dateFacts { #expect(facts[keyPath: other] == before[keyPath: other]) }
            #expect(facts.today == today)
        }
    }

    @Test("every date a fact setter accepts reads back, day 0 (1970-01-01) included", arguments: dates)
    func datesRoundTrip(value: CalendarDate?) {
        for fact in CompactStorageTests.dateFacts {
            var facts = AccountFacts(today: today, seats: 7, renewal: today, termMonths: 3, noticeDays: 5,
                                     noticeSent: today, confirmed: today)
            let before = facts
            facts[keyPath: fact] = value
            #expect(facts[keyPath: fact] == value)
            for other in CompactStorageTests.dateFacts where other != fact { #expect(facts[keyPath: other] == before[keyPath: other]) }
            for other in CompactStorageTests.intFacts { #expect(facts[keyPath: other] == before[keyPath: other]) }
        }
    }

    @Test("a fact set then cleared equals one never set, and hashes the same")
    func clearedEqualsUnset() {
        let fresh = AccountFacts(today: today)
        for fact in CompactStorageTests.intFacts {
            for value in CompactStorageTests.numbers.compactMap({ $0 }) {
                var facts = fresh
                facts[keyPath: fact] = value
                #expect(facts != fresh)
                facts[keyPath: fact] = nil
                #expect(facts == fresh)
                #expect(facts.hashValue == fresh.hashValue)
            }
        }
        for fact in CompactStorageTests.dateFacts {
            var facts = fresh
            facts[keyPath: fact] = CalendarDate(dayNumber: 0)
            // Day 0 given is not the same as no date.
            #expect(facts != fresh)
            facts[keyPath: fact] = nil
            #expect(facts == fresh)
            #expect(facts.hashValue == fresh.hashValue)
        }
    }

    @Test("the terms of a set of facts are the terms built field by field", arguments: numbers)
    func termsFromFacts(value: Int?) {
        for days in [nil, value] {
            for months in [nil, value] {
                for date in CompactStorageTests.dates {
                    let facts = AccountFacts(today: today, renewal: date, billing: .monthly, termMonths: value,
                                             renewalTermMonths: value.map { $0 &+ 1 }, noticeDays: days, noticeMonths: months,
                                             autoRenew: value.map { $0 > 0 }, periodEnd: value == nil ? nil : .quarter,
                                             noticeSent: date, confirmed: value == nil ? nil : date)
                    let fieldByField = ContractTerms(
                        termEnd: facts.renewal, termMonths: facts.termMonths, renewalTermMonths: facts.renewalTermMonths,
                        billing: facts.billing, notice: facts.contractNotice, autoRenews: facts.autoRenew,
                        periodEnd: facts.periodEnd, noticeSent: facts.noticeSent, confirmed: facts.confirmed)
                    #expect(ContractTerms(facts) == fieldByField)
                    #expect(ContractTerms(facts).notice == (days.map { NoticeRule.daysBefore($0) } ?? months.map { .monthsBefore($0) }))
                }
            }
        }
    }

    @Test("every contract term reads back as set, whatever the others", arguments: numbers)
    func termsRoundTrip(value: Int?) {
        let notices: [NoticeRule?] = [nil, NoticeRule.none, .unknownLength] + (value.map { [.daysBefore($0), .monthsBefore($0)] } ?? [])
        for notice in notices {
            for date in CompactStorageTests.dates {
                var terms = ContractTerms(termEnd: date, termMonths: value, renewalTermMonths: value, billing: .annual,
                                          notice: notice, autoRenews: false, periodEnd: .year, noticeSent: date, confirmed: date)
                #expect(terms.termEnd == date && terms.noticeSent == date && terms.confirmed == date)
                #expect(terms.termMonths == value && terms.renewalTermMonths == value)
                #expect(terms.notice == notice)
                #expect(terms.billing == .annual && terms.autoRenews == false && terms.periodEnd == .year)
                terms.notice = nil
                terms.termEnd = nil
                terms.termMonths = nil
                #expect(terms.notice == nil && terms.termEnd == nil && terms.termMonths == nil)
                #expect(terms.renewalTermMonths == value && terms.noticeSent == date)
                terms.renewalTermMonths = nil
                terms.noticeSent = nil
                terms.confirmed = nil
                terms.billing = nil
                terms.autoRenews = nil
                terms.periodEnd = nil
                #expect(terms == ContractTerms())
                #expect(terms.hashValue == ContractTerms().hashValue)
            }
        }
    }

    @Test("two notices of the same length but different kinds differ")
    func noticeKinds() {
        #expect(ContractTerms(notice: .daysBefore(3)) != ContractTerms(notice: .monthsBefore(3)))
        #expect(ContractTerms(notice: NoticeRule.none) != ContractTerms())
        #expect(ContractTerms(notice: .unknownLength) != ContractTerms(notice: NoticeRule.none))
    }

    @Test("the schedule reads its anchor, term length and notice from what it keeps")
    func scheduleDerivedValues() {
        let end = CalendarDate(year: 2027, month: 1, day: 31) ?? today
        let rolling = RenewalSchedule(terms: ContractTerms(termEnd: end, periodEnd: .quarter), article: .daysBefore(30), today: today)
        #expect(rolling.anchor == end)
        #expect(rolling.termMonths == 3)
        let ends = RenewalSchedule(terms: ContractTerms(termEnd: end, termMonths: 12, autoRenews: false), article: .none, today: today)
        #expect(ends.termMonths == nil)
        #expect(ends.endDate == end)
        #expect(ends.deadline == nil)
        let renewing = RenewalSchedule(terms: ContractTerms(termEnd: end, termMonths: 24, renewalTermMonths: 12, notice: .daysBefore(90)),
                                       article: .daysBefore(30), today: today)
        #expect(renewing.termMonths == 12)
        #expect(renewing.notice == .daysBefore(90))
        let articleWins = RenewalSchedule(terms: ContractTerms(termEnd: end, notice: .daysBefore(10)), article: .daysBefore(30), today: today)
        #expect(articleWins.notice == .daysBefore(30))
        // The same rule on both sides: the article's (equal) rule is the one in effect.
        let tie = RenewalSchedule(terms: ContractTerms(termEnd: end, notice: .daysBefore(30)), article: .daysBefore(30), today: today)
        #expect(tie.notice == .daysBefore(30))
        let sent = RenewalSchedule(terms: ContractTerms(termEnd: end, notice: .daysBefore(30), noticeSent: today), article: .none, today: today)
        #expect(sent.deadline != nil)
        #expect(sent.lastDayToAct == nil)
        #expect(sent.hasActed)
    }

    @Test("a roll of many terms keeps its count")
    func largeRolledCount() {
        let anchor = CalendarDate(year: 1900, month: 1, day: 31) ?? today
        let far = CalendarDate(year: 9999, month: 12, day: 1) ?? today
        let schedule = RenewalSchedule(anchor: anchor, today: far, termMonths: 1, notice: .none)
        // One term a month from Jan 1900 to Dec 9999 (renewing on Dec 31).
        #expect(schedule.rolledTerms == (9999 - 1900) * 12 + 11)
        #expect(schedule.renewal == CalendarDate(year: 9999, month: 12, day: 31))
    }

    @Test("citations compare and hash by text, wherever their literals lie")
    func citations() {
        let a = Citation(source: "x", section: "é")
        #expect(a.source == "x")
        #expect(a.section == "é")
        let literal: StaticString = "x"
        #expect(Citation(source: literal, section: "é") == a)
        #expect(Citation(source: "x", section: "") != a)
        #expect(Citation(source: "x", section: "") == Citation(source: "x", section: ""))
        #expect(Citation(source: "x", section: "é").hashValue == a.hashValue)
        #expect(Citation(source: "é", section: "x") != a)
        #expect(MemoryLayout<Citation?>.size == MemoryLayout<Citation>.size)
    }

    @Test("a literal kept as a scalar, with no bytes in memory, reads and compares as its text")
    func scalarCitation() {
        for (index, text) in ["x", "é", "€", "😀"].enumerated() {
            let stored = scalarForm(StaticString.self, index)
            #expect(!stored.hasPointerRepresentation)
            let citation = Citation(source: stored, section: "s")
            #expect(citation.source == text)
            let byBytes: Citation
            switch index {
            case 0: byBytes = Citation(source: "x", section: "s")
            case 1: byBytes = Citation(source: "é", section: "s")
            case 2: byBytes = Citation(source: "€", section: "s")
            default: byBytes = Citation(source: "😀", section: "s")
            }
            #expect(citation == byBytes)
            #expect(citation.hashValue == byBytes.hashValue)
            #expect(Citation(source: "s", section: stored).section == text)
        }
    }

    /// A `StaticString` in its scalar form: a one-scalar literal made
    /// through a generic context is the only way to get one.
    private func scalarForm<Literal: ExpressibleByUnicodeScalarLiteral>(_: Literal.Type, _ index: Int) -> Literal {
        switch index {
        case 0: return "x"
        case 1: return "é"
        case 2: return "€"
        default: return "😀"
        }
    }
}

extension AccountFacts {
    /// The key path of a numeric fact, for the tests above.
    static func path(of fact: Fact) -> WritableKeyPath<AccountFacts, Int?>? {
        switch fact {
        case .seats: return \.seats
        case .termMonths: return \.termMonths
        case .renewalTermMonths: return \.renewalTermMonths
        case .noticeDays: return \.noticeDays
        case .noticeMonths: return \.noticeMonths
        default: return nil
        }
    }
}
