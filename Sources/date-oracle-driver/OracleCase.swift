import CancelCore

/// One oracle question and CancelCore's answer. The protocol, one case a
/// line, fields separated by single spaces:
///
///     add DATE MONTHS          -> DATE   (adding(months:), clamped)
///     days DATE DAYS           -> DATE   (adding(days:))
///     notice DATE DAYS|none    -> DATE   (NoticeRule.lastDayToAct)
///     roll ANCHOR TODAY TERM|nil NOTICE|none|unknown
///                              -> MISSED RENEWAL|- LAST|- TERMS
///     remaining END TODAY      -> MONTHS (monthsRemaining(from:))
///     parse TEXT               -> DATE | invalid | range
///     terms ANCHOR|- TODAY ARTICLE CONTRACT TERM|- RENEWALTERM|- BILLING|- AUTORENEW|- PERIODEND|- SENT|-
///                              -> MISSED RENEWAL|- END|- DEADLINE|- LASTDAY|- ROLLED RULE|-
///                                 (see TermsCase)
///
/// Anything malformed answers `error ...`, which the oracle reports.
enum OracleCase {
    static func answer(_ line: String) -> String {
        let fields = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard let op = fields.first else { return "error empty" }
        let rest = fields.count > 1 ? String(fields[1]) : ""
        if op == "parse" { return parse(rest) }
        let args = rest.split(separator: " ").map(String.init)
        if op == "terms" { return TermsCase.answer(args) }
        switch (op, args.count) {
        case ("add", 2):
            guard let date = CalendarDate(args[0]), let months = Int(args[1]) else { return "error args" }
            return date.adding(months: months).description
        case ("days", 2):
            guard let date = CalendarDate(args[0]), let days = Int(args[1]) else { return "error args" }
            return date.adding(days: days).description
        case ("notice", 2):
            guard let date = CalendarDate(args[0]), let rule = notice(args[1]) else { return "error args" }
            return rule.lastDayToAct(renewal: date)?.description ?? "-"
        case ("roll", 4):
            guard let anchor = CalendarDate(args[0]), let today = CalendarDate(args[1]),
                  let rule = notice(args[3]) else { return "error args" }
            let term: Int? = args[2] == "nil" ? nil : Int(args[2])
            guard args[2] == "nil" || term != nil else { return "error term" }
            let schedule = RenewalSchedule(anchor: anchor, today: today, termMonths: term, notice: rule)
            return [schedule.deadlineMissed ? "1" : "0",
                    schedule.renewal?.description ?? "-",
                    schedule.lastDayToAct?.description ?? "-",
                    String(schedule.rolledTerms)].joined(separator: " ")
        case ("remaining", 2):
            guard let end = CalendarDate(args[0]), let today = CalendarDate(args[1]) else { return "error args" }
            return String(end.monthsRemaining(from: today))
        default:
            return "error unknown case"
        }
    }

    static func notice(_ text: String) -> NoticeRule? {
        switch text {
        case "none": return NoticeRule.none
        case "unknown": return .unknownLength
        default: return Int(text).map(NoticeRule.daysBefore)
        }
    }

    /// The user-facing parse: FactParser's date check, range included.
    static func parse(_ text: String) -> String {
        do {
            return try FactParser.date(text, "date").description
        } catch {
            return CalendarDate(text) == nil ? "invalid" : "range"
        }
    }
}
