/// How long before the renewal date a cancellation must reach the vendor.
public enum NoticeRule: Hashable, Sendable {
    /// No notice period: cancelling any day before the renewal date stops it.
    case none
    /// "At least N days before the renewal date": the last day to act is the
    /// renewal date minus N days, and acting on that day is on time.
    case daysBefore(Int)
    /// A notice period applies but its length is not known (the user's
    /// contract says); no deadline can be computed.
    case unknownLength

    /// The last day to act for a given renewal date, when it can be known.
    public func lastDayToAct(renewal: CalendarDate) -> CalendarDate? {
        switch self {
        case .none: return renewal.adding(days: -1)
        case .daysBefore(let days): return renewal.adding(days: -days)
        case .unknownLength: return nil
        }
    }

    /// The notice period in days, when there is a known one.
    public var days: Int? {
        if case .daysBefore(let days) = self { return days }
        return nil
    }
}
