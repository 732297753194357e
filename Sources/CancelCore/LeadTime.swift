/// How long a preparation takes at least (number porting, a transfer), as
/// its source gives it: in calendar days or in business days.
public enum LeadTime: Hashable, Sendable {
    case days(Int)
    /// Monday to Friday; public holidays are not known and not skipped.
    case businessDays(Int)

    /// The first day the work can be done if it starts on `start`.
    public func completion(startingOn start: CalendarDate) -> CalendarDate {
        switch self {
        case .days(let days): return start.adding(days: days)
        case .businessDays(let days): return start.adding(businessDays: days)
        }
    }

    public var length: LocalizedText {
        switch self {
        case .days(let days): return LocalizedText(en: "\(days) days", fr: "\(days) jours")
        case .businessDays(let days): return LocalizedText(en: "\(days) business days", fr: "\(days) jours ouvrés")
        }
    }
}
