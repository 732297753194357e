import CancelCore
import FuzzSupport

/// Fuzzes the date and number parsers and the arithmetic behind them. The
/// first NUL-separated field is parsed as a date (bytes and String must
/// agree, and a parsed date must print back as the same bytes); the rest
/// feed ``FactParser`` one fact each, and any accepted facts go through
/// every contract shape of the renewal schedule (against each kind of
/// article rule) and the months-remaining arithmetic.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let fields = FuzzInput.byteFields(data, size)
    let first = fields.first ?? []
    let fromBytes = CalendarDate(iso: first)
    let text = String(decoding: first, as: UTF8.self)
    let fromString = CalendarDate(text)
    if String(validating: first, as: UTF8.self) != nil {
        fuzzCheck(fromBytes == fromString, "bytes and String parse differ for \(text)")
    }
    if let date = fromBytes {
        fuzzCheck(Array(date.description.utf8) == first, "round trip \(first) -> \(date)")
    }

    var raw: [Fact: String] = [:]
    for (fact, field) in zip(Fact.allCases, fields.dropFirst()) {
        raw[fact] = String(decoding: field, as: UTF8.self)
    }
    let today = fromBytes.flatMap { CalendarDate.acceptedInputRange.contains($0) ? $0 : nil }
        ?? CalendarDate(dayNumber: 20_415)
    let products = [Product(id: "standard", name: LocalizedText(en: "Standard", fr: "Standard"))]
    guard let facts = try? FactParser.parse(raw, today: today, products: products) else { return 0 }
    // Every contract shape the facts describe, against each article rule:
    // a deadline still to meet is never before today, never after the end.
    for article in [NoticeRule.none, .daysBefore(30), .monthsBefore(3), .unknownLength] {
        guard let schedule = facts.schedule(notice: article) else { continue }
        if let last = schedule.lastDayToAct {
            fuzzCheck(last >= today, "deadline still to meet \(last) is before today \(today)")
        }
        if let deadline = schedule.noticeDeadline, let end = schedule.endDate {
            fuzzCheck(deadline <= end, "deadline \(deadline) after the end \(end)")
        }
        _ = schedule.warnings(vendorName: "Fuzz")
    }
    if let renewal = facts.renewal {
        let remaining = renewal.monthsRemaining(from: today)
        fuzzCheck(renewal.adding(months: -remaining) <= today, "monthsRemaining \(remaining) too small")
        if remaining > 0 {
            fuzzCheck(renewal.adding(months: -(remaining - 1)) > today, "monthsRemaining \(remaining) too large")
        }
    }
    return 0
}
