import CancelCore

/// `--format ics`: one iCalendar (RFC 5545) for the whole portfolio, an
/// all-day event on each row's deadline. A minimal writer of its own, as
/// the shared calendar output was not on main when this was written:
/// CRLF line ends, text escaping, lines folded at 75 octets, and stable
/// UIDs and DTSTAMP (from `--today`) so the same input gives the same file.
struct PortfolioCalendarWriter: PortfolioRowWriter {
    let language: Language
    let today: CalendarDate

    func begin(_ out: ByteWriter) {
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cancelctl//portfolio//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
            out.append(line); out.append("\r\n")
        }
    }

    func write(_ entry: PortfolioEntry, vendor: String, name: String, owner: String, to out: ByteWriter) {
        guard let deadline = entry.deadline else { return }
        let l = language
        let subject = name.isEmpty ? vendor : name + " (" + vendor + ")"
        var description = entry.status.rawValue + " · " + entry.channel.rawValue + ": "
            + entry.requiredRoles.map(\.rawValue).joined(separator: ", ")
        if let end = entry.endDate { description += " · " + PortfolioLabels.ends[l] + " " + end.description }
        if let missed = entry.missedDeadline { description += " · " + PortfolioLabels.missed[l] + " " + missed.description }
        if !owner.isEmpty { description += " · " + PortfolioLabels.owner[l] + ": " + owner }
        let compact = { (date: CalendarDate) -> String in date.description.filter { $0 != "-" } }
        out.append("BEGIN:VEVENT\r\n")
        ICSText.line("UID:portfolio-\(entry.line)-\(vendor)-\(compact(deadline))@cancelctl", to: out)
        ICSText.line("DTSTAMP:\(compact(today))T000000Z", to: out)
        ICSText.line("DTSTART;VALUE=DATE:\(compact(deadline))", to: out)
        ICSText.line("DTEND;VALUE=DATE:\(compact(deadline.adding(days: 1)))", to: out)
        ICSText.line("SUMMARY:" + ICSText.escape(PortfolioLabels.event(entry.action)[l] + ": " + subject), to: out)
        ICSText.line("DESCRIPTION:" + ICSText.escape(description), to: out)
        ICSText.line("CATEGORIES:" + entry.status.rawValue, to: out)
        out.append("END:VEVENT\r\n")
    }

    func end(_ out: ByteWriter) {
        out.append("END:VCALENDAR\r\n")
    }
}
