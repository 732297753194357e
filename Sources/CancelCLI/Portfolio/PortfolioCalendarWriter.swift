import CancelCore
import CancelPortfolio

/// `--format ics`: one iCalendar (RFC 5545) for the whole portfolio, an
/// all-day event on each row's deadline or, once a notice was sent, on the
/// day to chase its confirmation (as `plan`'s calendar has it, without
/// reminders: that day is cancelctl's rule, not a deadline), written event
/// by event so the portfolio streams. Events are written as `plan`'s are (``CalendarEvent``):
/// the same reminders, DTSTAMP and SEQUENCE from `--today`, and a UID that
/// names the subscription (its `id` column, else vendor, product and name)
/// and the action, never the row's
/// line, so inserting a row or correcting a fact updates events on
/// re-import instead of duplicating them.
final class PortfolioCalendarWriter: PortfolioRowWriter {
    let language: Language
    let today: CalendarDate
    /// How many rows had each identity so far.
    private var seen: [String: Int] = [:]
    private var duplicates: [String] = []

    init(language: Language, today: CalendarDate) {
        self.language = language
        self.today = today
    }

    var needsIdentity: Bool { true }

    static let calendarName = LocalizedText(en: "Cancellation deadlines", fr: "Dates limites de résiliation")

    func begin(_ out: ByteWriter) {
        var ics = ICSWriter()
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cancelctl//portfolio//\(language.rawValue.uppercased())",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
            ics.line(line)
        }
        ics.text("X-WR-CALNAME", "cancelctl" + TextLabels.colon(language) + PortfolioCalendarWriter.calendarName[language])
        out.append(ics.output)
    }

    func write(_ entry: PortfolioEntry, vendor: @autoclosure () -> String, text: PortfolioRowText,
               to out: inout ByteBuffer) {
        let date: CalendarDate, isDeadline: Bool
        if let deadline = entry.deadline {
            (date, isDeadline) = (deadline, true)
        } else if entry.action == .chaseConfirmation, let chase = entry.actionDate {
            (date, isDeadline) = (chase, false)
        } else {
            return
        }
        let vendor = vendor()
        let l = language
        let c = TextLabels.colon(l)
        let name = UntrustedText.singleLine(text.name), owner = UntrustedText.singleLine(text.owner)
        let subject = name.isEmpty ? vendor : name + " (" + vendor + ")"
        var description = entry.status.rawValue + " · " + entry.channel.rawValue + c
            + entry.requiredRoles.map(\.rawValue).joined(separator: ", ")
        for detail in entry.trackingDetails(in: l) { description += " · " + detail }
        if !owner.isEmpty { description += " · " + PortfolioLabels.owner[l] + c + owner }
        let identity = text.identity
        seen[vendor + "|" + identity, default: 0] += 1
        let count = seen[vendor + "|" + identity] ?? 1
        if count == 2 { duplicates.append(text.id.isEmpty ? subject : subject + " [id " + UntrustedText.singleLine(text.id) + "]") }
        var ics = ICSWriter()
        CalendarEvent(uid: CalendarEvent.uid(vendor: vendor, product: nil, action: entry.action.rawValue,
                                             identity: identity + (count > 1 ? "#\(count)" : "")),
                      date: date, summary: PortfolioLabels.event(entry.action)[l] + c + subject, description: description,
                      deadline: isDeadline, category: entry.status.rawValue)
            .write(to: &ics, today: today, language: l)
        out.append(ics.output)
    }

    func end(_ out: ByteWriter) {
        out.append("END:VCALENDAR\r\n")
    }

    /// Rows with the same identity (id, else vendor, product and name): their
    /// events are told apart by their order only, so moving one of them
    /// changes which is which.
    var notes: [LocalizedText] {
        duplicates.map { subject in
            LocalizedText(en: "note: several rows are '\(subject)': give them distinct names or ids so their calendar events stay apart.",
                          fr: "remarque : plusieurs lignes sont « \(subject) » : donnez-leur des noms ou des id distincts pour que leurs événements restent séparés.")
        }
    }
}
