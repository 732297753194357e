import CancelCore

/// The plan as an iCalendar file (RFC 5545) that calendar applications
/// import: one all-day event per dated action, reminders before deadlines.
/// It reads the ``PlanReport`` only.
///
/// Re-importing an updated plan updates its events: a UID names the
/// vendor, the product, the action and the account (`--account`), never a
/// fact that does not move the event (seats) nor today; DTSTAMP and
/// SEQUENCE come from `--today`, so the same input gives the same file.
public struct CalendarRenderer: Sendable {
    public init() {}

    /// `account`: what tells two subscriptions of one vendor apart.
    public func render(_ report: PlanReport, account: String? = nil) -> String {
        let l = report.language
        var ics = ICSWriter()
        ics.line("BEGIN:VCALENDAR")
        ics.line("VERSION:2.0")
        ics.line("PRODID:-//cancelctl//cancelctl \(CancelCTL.version)//\(l.rawValue.uppercased())")
        ics.line("CALSCALE:GREGORIAN")
        ics.line("METHOD:PUBLISH")
        let account = account.map(UntrustedText.singleLine)
        ics.text("X-WR-CALNAME", report.vendorName + (account.map { " " + $0 } ?? "") + TextLabels.colon(l) + TextLabels.plan[l])
        var seen: [String: Int] = [:]
        for event in events(report) {
            seen[event.id, default: 0] += 1
            let id = seen[event.id] == 1 ? event.id : event.id + "-\(seen[event.id] ?? 0)"
            CalendarEvent(uid: CalendarEvent.uid(vendor: report.vendor, product: report.product, action: id, identity: account),
                          date: event.date, summary: report.vendorName + TextLabels.colon(l) + event.action,
                          description: description(of: event, report: report), deadline: event.deadline, category: nil)
                .write(to: &ics, today: report.today, language: l)
        }
        ics.line("END:VCALENDAR")
        return ics.output
    }

    /// The timeline; when it is empty (no date known yet), one event today
    /// saying what to find, since a calendar needs at least one component.
    func events(_ report: PlanReport) -> [PlanReport.Event] {
        guard report.timeline.isEmpty else { return report.timeline }
        let l = report.language
        var text = TextLabels.completePlan[l]
        if !report.missingFacts.isEmpty {
            text += " (" + TextLabels.toFind[l] + TextLabels.colon(l) + report.missingFacts.map { "--" + $0.fact.rawValue }.joined(separator: ", ") + ")"
        }
        return [PlanReport.Event(id: "complete-the-plan", date: report.today, action: text, deadline: false, daysLeft: 0,
                                 source: nil, kind: .cancellingAction)]
    }

    /// What to do and where: the action, the channel and contact, and for
    /// the cancellation itself (by kind) the facts to find, the steps and
    /// the warnings; then the source.
    func description(of event: PlanReport.Event, report: PlanReport) -> String {
        let l = report.language
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
        if event.kind == .cancellingAction || event.kind == .deadline {
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
            if !report.warnings.isEmpty {
                lines.append("")
                lines.append(TextLabels.warnings[l].capitalizedFirstOnly + c.dropLast())
                lines += report.warnings.map { "- " + $0.text }
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
}
