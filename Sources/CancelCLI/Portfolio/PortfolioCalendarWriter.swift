import CancelCore
import CancelPortfolio

/// `--format ics`: one iCalendar (RFC 5545) for the whole portfolio, an
/// all-day event on each row's deadline, written event by event so the
/// portfolio streams. Escaping and folding are ``ICSWriter``'s, shared with
/// `plan --format ics`; DTSTAMP comes from `--today` so the same input gives
/// the same file.
struct PortfolioCalendarWriter: PortfolioRowWriter {
    let language: Language
    let today: CalendarDate

    func begin(_ out: ByteWriter) {
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cancelctl//portfolio//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
            out.append(line); out.append("\r\n")
        }
    }

    func write(_ entry: PortfolioEntry, vendor: String, text: PortfolioRowText, to out: ByteWriter) {
        guard let deadline = entry.deadline else { return }
        let (name, owner) = (text.name, text.owner)
        let l = language
        let subject = name.isEmpty ? vendor : name + " (" + vendor + ")"
        var description = entry.status.rawValue + " · " + entry.channel.rawValue + ": "
            + entry.requiredRoles.map(\.rawValue).joined(separator: ", ")
        if let end = entry.endDate { description += " · " + PortfolioLabels.ends[l] + " " + end.description }
        if let missed = entry.missedDeadline { description += " · " + PortfolioLabels.missed[l] + " " + missed.description }
        if !owner.isEmpty { description += " · " + PortfolioLabels.owner[l] + ": " + owner }
        var event = ICSWriter()
        event.line("BEGIN:VEVENT")
        event.line("UID:portfolio-\(entry.line)-\(vendor)-\(ICSWriter.date(deadline))@cancelctl")
        event.line("DTSTAMP:\(ICSWriter.date(today))T000000Z")
        event.line("DTSTART;VALUE=DATE:\(ICSWriter.date(deadline))")
        event.line("DTEND;VALUE=DATE:\(ICSWriter.date(deadline.adding(days: 1)))")
        event.text("SUMMARY", PortfolioLabels.event(entry.action)[l] + ": " + subject)
        event.text("DESCRIPTION", description)
        event.line("CATEGORIES:" + entry.status.rawValue)
        event.line("END:VEVENT")
        out.append(event.output)
    }

    func end(_ out: ByteWriter) {
        out.append("END:VCALENDAR\r\n")
    }
}
