import CancelCore

/// The plan as an iCalendar file (RFC 5545) that calendar applications
/// import: one all-day event per dated action, reminders before deadlines.
///
/// Deterministic for the same facts and `--today`: DTSTAMP is `--today` at
/// midnight UTC, and UIDs depend on the vendor, the facts (not today) and
/// the action, so importing an updated plan updates its events.
public struct CalendarRenderer: Sendable {
    /// Reminders go this many days before each deadline, at 09:00 (0: on
    /// the day itself, so a deadline today still rings).
    public static let reminderDays = [14, 7, 1, 0]
    static let reminderHour = 9

    public init() {}

    public func render(_ plan: some CancellationPlan, language l: Language) -> String {
        let report = plan.report(in: l)
        let today = plan.facts.today
        var ics = ICSWriter()
        ics.line("BEGIN:VCALENDAR")
        ics.line("VERSION:2.0")
        ics.line("PRODID:-//cancelctl//cancelctl \(CancelCTL.version)//\(l.rawValue.uppercased())")
        ics.line("CALSCALE:GREGORIAN")
        ics.line("METHOD:PUBLISH")
        ics.text("X-WR-CALNAME", plan.vendor.name + TextLabels.colon(l) + TextLabels.plan[l])
        let stamp = ICSWriter.date(today) + "T000000Z"
        var seen: [String: Int] = [:]
        for event in events(report, plan: plan, language: l) {
            seen[event.id, default: 0] += 1
            let id = seen[event.id] == 1 ? event.id : event.id + "-\(seen[event.id] ?? 0)"
            ics.line("BEGIN:VEVENT")
            ics.line("UID:" + CalendarRenderer.uid(plan: plan, actionID: id))
            ics.line("DTSTAMP:" + stamp)
            ics.line("DTSTART;VALUE=DATE:" + ICSWriter.date(event.date))
            ics.line("DTEND;VALUE=DATE:" + ICSWriter.date(event.date.adding(days: 1)))
            ics.text("SUMMARY", plan.vendor.name + TextLabels.colon(l) + event.action)
            ics.text("DESCRIPTION", description(of: event, report: report, language: l))
            ics.line("TRANSP:TRANSPARENT")
            if event.deadline {
                for days in CalendarRenderer.reminderDays where event.date.adding(days: -days) >= today {
                    ics.line("BEGIN:VALARM")
                    ics.line("ACTION:DISPLAY")
                    ics.line("TRIGGER:" + CalendarRenderer.trigger(daysBefore: days))
                    ics.text("DESCRIPTION", TextLabels.reminder[l] + " (" + TextLabels.daysLeft(days)[l] + ")" + TextLabels.colon(l)
                             + plan.vendor.name + TextLabels.colon(l) + event.action)
                    ics.line("END:VALARM")
                }
            }
            ics.line("END:VEVENT")
        }
        ics.line("END:VCALENDAR")
        return ics.output
    }

    /// The timeline; when it is empty (no date known yet), one event today
    /// saying what to find, since a calendar needs at least one component.
    func events(_ report: PlanReport, plan: some CancellationPlan, language l: Language) -> [Event] {
        guard report.timeline.isEmpty else {
            return report.timeline.map { Event(id: $0.id, date: $0.date, action: $0.action, deadline: $0.deadline, source: $0.source) }
        }
        var text = TextLabels.completePlan[l]
        if !report.missingFacts.isEmpty {
            text += " (" + TextLabels.toFind[l] + TextLabels.colon(l) + report.missingFacts.map { "--" + $0.fact.rawValue }.joined(separator: ", ") + ")"
        }
        return [Event(id: "complete-the-plan", date: report.today, action: text, deadline: false, source: nil)]
    }

    /// One calendar event, before it is written.
    struct Event {
        let id: String
        let date: CalendarDate
        let action: String
        let deadline: Bool
        let source: PlanReport.Reference?
    }

    /// What to do and where: the action, the channel and contact, the steps
    /// for the actions that cancel, and the source.
    func description(of event: Event, report: PlanReport, language l: Language) -> String {
        let c = TextLabels.colon(l)
        var lines = [event.action.last.map { ".!?)»".contains($0) } == true ? event.action : event.action + "."]
        lines.append("")
        lines.append(TextLabels.channel[l] + c + report.channel.title[l])
        if let contact = report.contact { lines.append(TextLabels.contact[l] + c + contact) }
        lines.append(TextLabels.roles[l] + c + report.requiredRoles.map { $0.title[l] }.joined(separator: ", "))
        if let deadline = report.noticeDeadline {
            lines.append(TextLabels.noticeDeadline[l] + c + deadline.formatted(in: l))
        } else if let last = report.lastDayToAct {
            lines.append(TextLabels.lastDay[l] + c + last.formatted(in: l))
        }
        if CalendarRenderer.cancellingActions.contains(event.id) || event.id == "complete-the-plan" {
            for fact in report.missingFacts {
                lines.append("--" + fact.fact.rawValue + c + fact.meaning + ". " + TextLabels.whereToFind[l].capitalizedFirst + c + fact.whereToFind + ".")
            }
            if !report.steps.isEmpty {
                lines.append("")
                lines.append(TextLabels.stepsTitle[l] + c.dropLast())
                for (index, step) in report.steps.enumerated() {
                    lines.append("\(index + 1). " + step.text + (step.path.isEmpty ? "" : " (" + step.path.joined(separator: " > ") + ")"))
                }
            }
        }
        if let source = event.source {
            lines.append("")
            lines.append(TextLabels.source[l] + c + SourceLines.reference(source, in: report.sources, language: l))
            if let url = report.sources.first(where: { $0.id == source.id })?.url, !url.isEmpty { lines.append(url) }
        }
        lines.append("")
        lines.append(TextLabels.planMadeOn[l] + " " + report.today.formatted(in: l) + ".")
        return lines.joined(separator: "\n")
    }

    /// The actions that are the cancellation itself: their events carry the steps.
    static let cancellingActions: Set<String> = ["send-notice", "notice-deadline", "cancel", "last-day-to-cancel",
                                                 "ask-notice-period", "request-cancellation"]

    /// 09:00 on the day `days` before an all-day event: its start (midnight)
    /// minus `days` days plus the hour.
    static func trigger(daysBefore days: Int) -> String {
        days <= 0 ? "PT\(reminderHour)H" : "-P\(days - 1)DT\(24 - reminderHour)H"
    }

    /// Stable across runs and days: vendor, product, every fact given
    /// except today, and the action.
    static func uid(plan: some CancellationPlan, actionID: String) -> String {
        var key = plan.vendor.id + "|" + (plan.product?.id ?? "")
        for fact in Fact.allCases {
            if let value = plan.facts.rawValue(of: fact) { key += "|" + fact.rawValue + "=" + value }
        }
        key += "|" + actionID
        return plan.vendor.id + "-" + actionID + "-" + StableHash.hex(key) + "@cancelctl"
    }
}
