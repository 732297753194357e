import Testing
@testable import CancelCore

@Suite("CalendarDate")
struct CalendarDateTests {
    func date(_ text: String) throws -> CalendarDate {
        try #require(CalendarDate(text))
    }

    @Test("day numbers match known dates")
    func knownDayNumbers() throws {
        #expect(try date("1970-01-01").dayNumber == 0)
        #expect(try date("2000-03-01").dayNumber == 11_017)
        #expect(try date("1900-01-01").dayNumber == -25_567)
        #expect(try date("2200-12-31").dayNumber == 84_370)
    }

    @Test("components round-trip for every day from 1899 to 2201")
    func roundTrip() {
        let start = CalendarDate(uncheckedYear: 1899, month: 1, day: 1).dayNumber
        let end = CalendarDate(uncheckedYear: 2201, month: 12, day: 31).dayNumber
        var previous: (Int, Int, Int)?
        for number in start...end {
            let d = CalendarDate(dayNumber: number)
            let (y, m, day) = d.components
            #expect(CalendarDate(year: y, month: m, day: day)?.dayNumber == number)
            if let (py, pm, pd) = previous {
                // Consecutive days advance by one day, month or year.
                let advanced = (y == py && m == pm && day == pd + 1) || (y == py && m == pm + 1 && day == 1) || (y == py + 1 && m == 1 && day == 1 && pm == 12)
                if !advanced { Issue.record("\(py)-\(pm)-\(pd) -> \(y)-\(m)-\(day)") }
            }
            previous = (y, m, day)
        }
    }

    @Test("strict ISO parsing", arguments: [
        ("2027-02-28", true), ("2027-02-29", false), ("2028-02-29", true), ("1900-02-29", false), ("2000-02-29", true),
        ("2027-02-30", false), ("2027-04-31", false), ("2027-12-31", true), ("2027-13-01", false), ("2027-00-10", false),
        ("2027-01-00", false), ("2027-1-01", false), ("27-01-01", false), ("2027/01/01", false), ("2027-01-01T00", false),
        (" 2027-01-01", false), ("", false), ("２０２７-01-01", false), ("+027-01-01", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid, "\(text)")
        if valid { #expect(CalendarDate(text)?.description == text) }
    }

    @Test("adding months clamps to the month's end", arguments: [
        ("2027-01-31", 1, "2027-02-28"), ("2028-01-31", 1, "2028-02-29"), ("2028-02-29", 12, "2029-02-28"),
        ("2028-02-29", 48, "2032-02-29"), ("2027-03-31", -1, "2027-02-28"), ("2027-05-31", 1, "2027-06-30"),
        ("2027-12-15", 1, "2028-01-15"), ("2027-01-15", -1, "2026-12-15"), ("2027-01-31", -13, "2025-12-31"),
        ("1900-02-28", 1200, "2000-02-28"), ("2026-08-31", 6, "2027-02-28"),
    ])
    func addingMonths(start: String, months: Int, expected: String) throws {
        #expect(try date(start).adding(months: months).description == expected)
    }

    @Test("adding days crosses month, year and leap days")
    func addingDays() throws {
        #expect(try date("2028-03-01").adding(days: -1).description == "2028-02-29")
        #expect(try date("2027-03-01").adding(days: -1).description == "2027-02-28")
        #expect(try date("2026-12-31").adding(days: 1).description == "2027-01-01")
        #expect(try date("2028-03-01").adding(days: -30).description == "2028-01-31")
        #expect(try date("2027-03-01").adding(days: -30).description == "2027-01-30")
    }

    @Test("arithmetic saturates instead of trapping")
    func saturation() {
        let max = CalendarDate(dayNumber: Int.max)
        #expect(max.description == "9999-12-31")
        #expect(max.adding(days: 10).description == "9999-12-31")
        #expect(max.adding(months: 10).description == "9999-12-31")
        #expect(CalendarDate(dayNumber: Int.min).description == "0001-01-01")
        #expect(CalendarDate(dayNumber: Int.min).adding(months: -5).description == "0001-01-01")
    }

    @Test("months remaining counts a started month as whole", arguments: [
        ("2027-02-23", "2026-11-23", 3), ("2027-02-23", "2026-11-24", 3), ("2027-02-23", "2026-11-22", 4),
        ("2027-02-23", "2027-02-22", 1), ("2027-02-23", "2027-02-23", 0), ("2027-02-23", "2027-03-01", 0),
        ("2027-03-31", "2027-02-28", 1), ("2027-03-31", "2027-02-27", 2),
    ])
    func monthsRemaining(end: String, today: String, expected: Int) throws {
        #expect(try date(end).monthsRemaining(from: date(today)) == expected)
    }

    @Test("localized dates")
    func localized() throws {
        #expect(try date("2026-11-22").formatted(in: .en) == "November 22, 2026")
        #expect(try date("2026-11-22").formatted(in: .fr) == "22 novembre 2026")
        #expect(try date("2027-01-01").formatted(in: .fr) == "1er janvier 2027")
    }

    @Test("ISO weekday")
    func weekday() throws {
        #expect(try date("2026-11-23").isoWeekday == 1)
        #expect(try date("1970-01-01").isoWeekday == 4)
        #expect(try date("1969-12-28").isoWeekday == 7)
    }
}
