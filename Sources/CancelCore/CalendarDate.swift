/// A day on the calendar: no time and no zone, so no clock, time zone or
/// daylight-saving change can move a deadline.
///
/// Stored as a day count (0 is 1970-01-01, proleptic Gregorian calendar) in
/// 32 bits: cheap to compare and to keep a million of. Arithmetic saturates at
/// 0001-01-01 and 9999-12-31 instead of trapping; inputs are checked against
/// ``CalendarDate/acceptedInputRange`` long before that could matter.
public struct CalendarDate: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01, in 32 bits: a date, and an optional one, stay
    /// small in the values a portfolio copies for every row (facts,
    /// schedules, outlines).
    @usableFromInline let storedDay: Int32

    /// Days since 1970-01-01.
    @inlinable
    public var dayNumber: Int { Int(storedDay) }

    @usableFromInline static var minimumDayNumber: Int { -719_162 }     // 0001-01-01
    @usableFromInline static var maximumDayNumber: Int { 2_932_896 }    // 9999-12-31

    /// Dates a user or a file may give: wide enough for any real contract,
    /// narrow enough that rolling terms never leaves the representable range.
    public static let acceptedInputRange: ClosedRange<CalendarDate> =
        CalendarDate(uncheckedYear: 1900, month: 1, day: 1)...CalendarDate(uncheckedYear: 2200, month: 12, day: 31)

    /// A date from its parts, or nil when no such day exists (2027-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// A date from its day count, saturated to years 1 through 9999.
    @inlinable
    public init(dayNumber: Int) {
        storedDay = Int32(truncatingIfNeeded: min(max(dayNumber, CalendarDate.minimumDayNumber), CalendarDate.maximumDayNumber))
    }

    /// A day number already within years 1 through 9999.
    @inlinable
    init(uncheckedDayNumber dayNumber: Int) {
        storedDay = Int32(truncatingIfNeeded: dayNumber)
    }

    init(uncheckedYear year: Int, month: Int, day: Int) {
        // Days from civil, after Howard Hinnant's public-domain algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.init(uncheckedDayNumber: era * 146_097 + dayOfEra - 719_468)
    }

    /// Year, month and day in one pass (cheaper than asking for each);
    /// inlinable, as writers call it for every date of a million rows.
    @inlinable
    public var components: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    @inlinable
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.storedDay < rhs.storedDay
    }
}
