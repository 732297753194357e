/// The calendar boundary a rolling contract can end on: "three months'
/// notice to the end of a quarter".
public enum PeriodEnd: String, CaseIterable, Sendable, Codable {
    case month
    case quarter
    case year

    /// Months in one period.
    public var months: Int {
        switch self {
        case .month: return 1
        case .quarter: return 3
        case .year: return 12
        }
    }

    /// The last day of the period that contains `date`: the first possible
    /// end on or after it.
    public func end(containing date: CalendarDate) -> CalendarDate {
        let (year, month, _) = date.components
        let lastMonth = ((month - 1) / months + 1) * months
        return CalendarDate(uncheckedYear: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year))
    }

    /// The last day of the period after the one that ends on `end`.
    public func end(after end: CalendarDate) -> CalendarDate {
        self.end(containing: end.adding(days: 1))
    }

    public var title: LocalizedText {
        switch self {
        case .month: return LocalizedText(en: "calendar month", fr: "mois civil")
        case .quarter: return LocalizedText(en: "calendar quarter", fr: "trimestre civil")
        case .year: return LocalizedText(en: "calendar year", fr: "année civile")
        }
    }
}
