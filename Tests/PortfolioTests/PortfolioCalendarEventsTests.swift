import Testing
import Foundation
import CancelCore
import CancelCLI
import CancelVendors

/// Which rows of a portfolio get a calendar event, on which day, and with
/// which reminders: a deadline gets one with reminders; a notice already
/// sent gets one on the day to chase its confirmation, without reminders,
/// as `plan --format ics` has it; a confirmed cancellation gets none.
@Suite("portfolio calendar events")
struct PortfolioCalendarEventsTests {
    let today = CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0)

    func events(_ csv: String, language: String = "en") throws -> [String] {
        let path = NSTemporaryDirectory() + "calendar-events-\(UUID().uuidString).csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today)
            .run(["portfolio", path, "--format", "ics", "--lang", language])
        #expect(output.exitCode == 0, "\(output.stderr)")
        // Unfold the content lines (RFC 5545 3.1), then split into events.
        let unfolded = output.stdout.replacingOccurrences(of: "\r\n ", with: "")
        return unfolded.components(separatedBy: "BEGIN:VEVENT").dropFirst().map { String($0) }
    }

    func field(_ name: String, of event: String) -> String? {
        event.components(separatedBy: "\r\n").first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }
    }

    @Test("a notice sent gets a chase event ten business days later, without reminders")
    func chase() throws {
        // Sent Friday 2026-11-20: ten business days later is Friday 2026-12-04.
        let found = try events("name,vendor,renewal,notice-sent\nPhones,goto,2027-01-31,2026-11-20\n")
        #expect(found.count == 1)
        let event = try #require(found.first)
        #expect(field("DTSTART", of: event) == "DTSTART;VALUE=DATE:20261204")
        #expect(field("UID", of: event)?.hasPrefix("UID:goto-chase-confirmation-") == true)
        #expect(field("CATEGORIES", of: event) == "CATEGORIES:notice-sent")
        #expect(!event.contains("BEGIN:VALARM"))
        let description = try #require(field("DESCRIPTION", of: event))
        #expect(description.contains("notice sent 2026-11-20"))
        #expect(description.contains("10 business days after sending"))
    }

    @Test("a chase day already past is today", arguments: ["en", "fr"])
    func chaseOverdue(language: String) throws {
        let found = try events("name,vendor,renewal,notice-sent\nPhones,goto,2027-01-31,2026-10-01\n", language: language)
        #expect(found.map { field("DTSTART", of: $0) } == ["DTSTART;VALUE=DATE:20261123"])
        let description = try #require(found.first.flatMap { field("DESCRIPTION", of: $0) })
        let (sent, rule) = language == "fr"
            ? ("préavis envoyé le 2026-10-01", "date de relance : règle de cancelctl\\, 10 jours ouvrés après l’envoi")
            : ("notice sent 2026-10-01", "chase date: cancelctl’s rule\\, 10 business days after sending")
        #expect(description.contains(sent), "\(description)")
        #expect(description.contains(rule), "\(description)")
    }

    @Test("a late notice says which deadline it missed and the rolled end")
    func late() throws {
        // Aircall: renewal 2026-11-30 with a 30-day contract notice was due
        // 2026-10-31; sent 2026-11-10, so the contract rolled a month.
        let found = try events("name,vendor,billing,renewal,notice-days,notice-sent\nPhones,aircall,monthly,2026-11-30,30,2026-11-10\n")
        let event = try #require(found.first)
        let description = try #require(field("DESCRIPTION", of: event))
        #expect(description.contains("LATE"), "\(description)")
        #expect(!event.contains("BEGIN:VALARM"))
    }

    @Test("a deadline keeps its reminders; a confirmed cancellation has no event")
    func deadlineAndConfirmed() throws {
        let found = try events("name,vendor,renewal,notice-sent,confirmed\nA,goto,2027-01-31,,\nB,goto,2027-01-31,2026-11-10,2026-11-12\n")
        #expect(found.count == 1)
        let event = try #require(found.first)
        #expect(field("DTSTART", of: event) == "DTSTART;VALUE=DATE:20270130")
        #expect(event.contains("BEGIN:VALARM"))
        #expect(field("DESCRIPTION", of: event)?.contains("business days after sending") == false)
    }
}
