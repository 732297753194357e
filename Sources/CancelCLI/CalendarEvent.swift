import CancelCore

/// One all-day VEVENT, written the same way for `plan` and `portfolio`
/// calendars: a UID naming what the event is about, DTSTAMP and SEQUENCE
/// from `--today` (so a file made later replaces the events of an earlier
/// one on re-import), and reminders before a deadline.
struct CalendarEvent {
    let uid: String
    let date: CalendarDate
    let summary: String
    let description: String
    /// Reminders only for a date that must not be missed.
    let deadline: Bool
    let category: String?

    /// Reminders go this many days before each deadline, at 09:00 (0: on
    /// the day itself, so a deadline today still rings).
    static let reminderDays = [14, 7, 1, 0]
    static let reminderHour = 9

    /// SEQUENCE: the day the file was made, counted from 2000-01-01, so it
    /// only grows from one regeneration to the next.
    static func sequence(_ today: CalendarDate) -> Int {
        max(0, today.dayNumber - (CalendarDate(year: 2000, month: 1, day: 1)?.dayNumber ?? 0))
    }

    func write(to ics: inout ICSWriter, today: CalendarDate, language l: Language) {
        ics.line("BEGIN:VEVENT")
        ics.text("UID", uid)
        ics.line("DTSTAMP:" + ICSWriter.date(today) + "T000000Z")
        ics.line("SEQUENCE:\(CalendarEvent.sequence(today))")
        ics.line("DTSTART;VALUE=DATE:" + ICSWriter.date(date))
        ics.line("DTEND;VALUE=DATE:" + ICSWriter.date(date.adding(days: 1)))
        ics.text("SUMMARY", summary)
        ics.text("DESCRIPTION", description)
        if let category { ics.text("CATEGORIES", category) }
        ics.line("TRANSP:TRANSPARENT")
        if deadline {
            for days in CalendarEvent.reminderDays where date.adding(days: -days) >= today {
                ics.line("BEGIN:VALARM")
                ics.line("ACTION:DISPLAY")
                ics.line("TRIGGER:" + CalendarEvent.trigger(daysBefore: days))
                ics.text("DESCRIPTION", TextLabels.reminder[l] + " (" + TextLabels.daysLeft(days)[l] + ")" + TextLabels.colon(l) + summary)
                ics.line("END:VALARM")
            }
        }
        ics.line("END:VEVENT")
    }

    /// 09:00 on the day `days` before an all-day event: its start (midnight)
    /// minus `days` days plus the hour.
    static func trigger(daysBefore days: Int) -> String {
        days <= 0 ? "PT\(reminderHour)H" : "-P\(days - 1)DT\(24 - reminderHour)H"
    }

    /// `vendor-action-<hash>@cancelctl`: stable for the same subscription
    /// and action whatever else changes (seats, dates, today, row order).
    static func uid(vendor: String, product: String?, action: String, identity: String?) -> String {
        let key = [vendor, product ?? "", action, identity ?? ""].joined(separator: "|")
        return vendor + "-" + action + "-" + StableHash.hex(key) + "@cancelctl"
    }
}
