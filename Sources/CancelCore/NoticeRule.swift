/// How long before the end of a term a cancellation must reach the vendor.
public enum NoticeRule: Hashable, Sendable {
    /// No notice period: cancelling any day before the renewal date stops it.
    case none
    /// "At least N days before the renewal date": the last day to act is the
    /// renewal date minus N days, and acting on that day is on time.
    case daysBefore(Int)
    /// "N months before": the same day N months earlier, clamped to the
    /// month's end (1 month before March 31 is February 28).
    case monthsBefore(Int)
    /// A notice period applies but its length is not known (the user's
    /// contract says); no deadline can be computed.
    case unknownLength

    /// The last day to act for a given renewal date, when it can be known.
    @inlinable
    public func lastDayToAct(renewal: CalendarDate) -> CalendarDate? {
        switch self {
        case .none: return renewal.adding(days: -1)
        case .daysBefore(let days): return renewal.adding(days: -days)
        case .monthsBefore(let months): return renewal.adding(months: -months)
        case .unknownLength: return nil
        }
    }

    /// The notice period in days, when it is counted in days.
    public var days: Int? {
        if case .daysBefore(let days) = self { return days }
        return nil
    }

    /// The notice period in months, when it is counted in months.
    public var months: Int? {
        if case .monthsBefore(let months) = self { return months }
        return nil
    }

    /// True when a notice must reach the vendor by a deadline (known or not).
    @inlinable
    public var requiresNotice: Bool {
        switch self {
        case .none: return false
        case .daysBefore, .monthsBefore, .unknownLength: return true
        }
    }

    /// True when counting whole calendar months would allow a later day than
    /// the clamped date this rule gives for `renewal`: 3 months before
    /// June 30 is March 30, where "the end of March" would be March 31.
    public func allowsLaterMonthEndReading(renewal: CalendarDate) -> Bool {
        guard case .monthsBefore(let months) = self else { return false }
        let (year, month, day) = renewal.components
        guard day == CalendarDate.daysIn(month: month, year: year) else { return false }
        let earlier = renewal.adding(months: -months)
        let (y, m, d) = earlier.components
        return d < CalendarDate.daysIn(month: m, year: y)
    }

    /// The period in words: "30 days", "3 mois".
    public var length: LocalizedText? {
        switch self {
        case .daysBefore(let days):
            return LocalizedText(en: days == 1 ? "1 day" : "\(days) days", fr: days == 1 ? "1 jour" : "\(days) jours")
        case .monthsBefore(let months):
            return LocalizedText(en: months == 1 ? "1 month" : "\(months) months", fr: "\(months) mois")
        case .none, .unknownLength:
            return nil
        }
    }
}
