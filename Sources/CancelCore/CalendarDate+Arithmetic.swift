extension CalendarDate {
    /// The date `days` days later (earlier when negative).
    @inlinable
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The same day `months` months later, clamped to the month's last day:
    /// Jan 31 + 1 month is Feb 28 (Feb 29 in a leap year).
    public func adding(months: Int) -> CalendarDate {
        CalendarDate.adding(months: months, to: components)
    }

    /// The same from a date's year, month and day already known: rolling a
    /// term adds several month counts to one anchor, converting it once.
    static func adding(months: Int, to date: (year: Int, month: Int, day: Int)) -> CalendarDate {
        let (year, month, day) = date
        let monthIndex = year * 12 + (month - 1) + months
        let newYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let newMonth = monthIndex - newYear * 12 + 1
        guard newYear >= 1 else { return CalendarDate(dayNumber: CalendarDate.minimumDayNumber) }
        guard newYear <= 9999 else { return CalendarDate(dayNumber: CalendarDate.maximumDayNumber) }
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(uncheckedYear: newYear, month: newMonth, day: newDay)
    }

    /// Whole days from `other` to `self` (positive when `self` is later).
    @inlinable
    public func days(since other: CalendarDate) -> Int {
        dayNumber - other.dayNumber
    }

    /// Months still to be paid from `today` up to `self`, a started month
    /// counting as a whole one: the smallest k with `self - k months <= today`.
    public func monthsRemaining(from today: CalendarDate) -> Int {
        guard self > today else { return 0 }
        let (y1, m1, _) = today.components
        let (y2, m2, _) = components
        var months = max(0, (y2 * 12 + m2) - (y1 * 12 + m1) - 1)
        while adding(months: -months) > today { months += 1 }
        return months
    }

    /// Monday is 1 ... Sunday is 7 (ISO 8601).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }
}

extension CalendarDate {
    /// True on Saturday and Sunday.
    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The day `count` business days (Monday to Friday) after this one;
    /// public holidays are not known and count as business days.
    public func adding(businessDays count: Int) -> CalendarDate {
        var date = self
        var left = count
        while left > 0 {
            date = date.adding(days: 1)
            if !date.isWeekend { left -= 1 }
        }
        return date
    }
}
