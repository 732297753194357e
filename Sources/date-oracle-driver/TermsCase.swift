import CancelCore

/// The oracle's `terms` question: a whole ``RenewalSchedule`` built from
/// contract terms and an article rule, so every contract shape (renewing,
/// rolling to a calendar period end, not renewing) is checked end to end.
///
///     terms ANCHOR|- TODAY ARTICLE CONTRACT TERM|- RENEWALTERM|- BILLING|- AUTORENEW|- PERIODEND|- SENT|-
///     -> MISSED RENEWAL|- END|- DEADLINE|- LASTDAY|- ROLLED RULE|-
///
/// ARTICLE is none|unknown|dN|mN, CONTRACT -|dN|mN (N days 1-730 or months
/// 1-24); AUTORENEW yes|no. RULE is the notice rule that governs the
/// renewal, spelled like ARTICLE ("-" without a renewal). Values the fact parser would refuse answer
/// `error FIELD`, so a generator bug cannot pass as agreement.
enum TermsCase {
    static func answer(_ fields: [String]) -> String {
        guard fields.count == 10 else { return "error field count" }
        guard let anchor = optional(fields[0], day) else { return "error anchor" }
        guard let today = day(fields[1]) else { return "error today" }
        guard let article = rule(fields[2], allowingUnknown: true) else { return "error article" }
        guard let contract = optional(fields[3], { rule($0, allowingUnknown: false) }) else { return "error contract" }
        guard let term = optional(fields[4], months) else { return "error term" }
        guard let renewalTerm = optional(fields[5], months) else { return "error renewal term" }
        guard let billing = optional(fields[6], BillingFrequency.init(rawValue:)) else { return "error billing" }
        guard let autoRenews = optional(fields[7], flag) else { return "error auto-renew" }
        guard let periodEnd = optional(fields[8], PeriodEnd.init(rawValue:)) else { return "error period end" }
        guard let sent = optional(fields[9], day) else { return "error sent" }
        if autoRenews == false && (periodEnd != nil || renewalTerm != nil) { return "error auto-renew no with a renewal" }
        if let sent, sent > today { return "error sent after today" }

        let terms = ContractTerms(termEnd: anchor, termMonths: term, renewalTermMonths: renewalTerm, billing: billing,
                                  notice: contract, autoRenews: autoRenews, periodEnd: periodEnd, noticeSent: sent)
        let schedule = RenewalSchedule(terms: terms, article: article, today: today)
        return [schedule.deadlineMissed ? "1" : "0",
                show(schedule.renewal), show(schedule.endDate), show(schedule.deadline), show(schedule.lastDayToAct),
                String(schedule.rolledTerms), schedule.renewal == nil ? "-" : spell(schedule.notice)].joined(separator: " ")
    }

    /// `-` is "not given" (`.some(nil)`); a value `parse` refuses is nil.
    static func optional<T>(_ text: String, _ parse: (String) -> T?) -> T?? {
        if text == "-" { return .some(nil) }
        guard let value = parse(text) else { return nil }
        return .some(value)
    }

    /// A date the fact parser accepts (1900-01-01 to 2200-12-31).
    static func day(_ text: String) -> CalendarDate? {
        CalendarDate(text).flatMap { CalendarDate.acceptedInputRange.contains($0) ? $0 : nil }
    }

    static func rule(_ text: String, allowingUnknown: Bool) -> NoticeRule? {
        switch text {
        case "none": return allowingUnknown ? NoticeRule.none : nil
        case "unknown": return allowingUnknown ? .unknownLength : nil
        default:
            guard let unit = text.first, let count = Int(text.dropFirst()) else { return nil }
            switch unit {
            case "d" where AccountFacts.noticeDaysRange.contains(count): return .daysBefore(count)
            case "m" where AccountFacts.noticeMonthsRange.contains(count): return .monthsBefore(count)
            default: return nil
            }
        }
    }

    static func spell(_ rule: NoticeRule) -> String {
        switch rule {
        case .none: return "none"
        case .unknownLength: return "unknown"
        case .daysBefore(let days): return "d\(days)"
        case .monthsBefore(let months): return "m\(months)"
        }
    }

    static func months(_ text: String) -> Int? {
        Int(text).flatMap { AccountFacts.termMonthsRange.contains($0) ? $0 : nil }
    }

    static func flag(_ text: String) -> Bool? {
        switch text {
        case "yes": return true
        case "no": return false
        default: return nil
        }
    }

    static func show(_ date: CalendarDate?) -> String {
        date?.description ?? "-"
    }
}
