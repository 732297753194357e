import CancelCore

/// The labelled facts at the top of a plan (today, channel, who may cancel,
/// the dates), chosen once from the report so the text and Markdown
/// outputs cannot disagree on which renewal or deadline they show.
struct PlanHeader {
    struct Field {
        let label: LocalizedText
        let value: String
    }

    /// "Aircall — Phone: cancellation plan".
    static func title(_ report: PlanReport, _ suffix: LocalizedText) -> String {
        let l = report.language
        return report.vendorName + (report.productName.map { " — " + $0 } ?? "") + TextLabels.colon(l) + suffix[l]
    }

    static func fields(_ report: PlanReport) -> [Field] {
        let l = report.language
        func dated(_ date: CalendarDate) -> String {
            date.formatted(in: l) + " (" + TextLabels.daysLeft(date.days(since: report.today))[l] + ")"
        }
        var fields = [Field(label: TextLabels.today, value: report.today.formatted(in: l)),
                      Field(label: TextLabels.channel, value: report.channel.title[l])]
        if let contact = report.contact { fields.append(Field(label: TextLabels.contact, value: contact)) }
        fields.append(Field(label: TextLabels.roles, value: report.requiredRoles.map { $0.title[l] }.joined(separator: ", ")
                            + (report.requiredRoles.count > 1 ? " (" + TextLabels.anyOf[l] + ")" : "")))
        if let missed = report.missedDeadline { fields.append(Field(label: TextLabels.missedDeadline, value: dated(missed))) }
        if let renewal = report.nextRenewalDate {
            fields.append(Field(label: report.deadlineMissed ? TextLabels.nextRenewal : TextLabels.renewal, value: renewal.formatted(in: l)))
        } else if report.deadlineMissed {
            fields.append(Field(label: TextLabels.nextRenewal, value: TextLabels.unknownDate(report)[l]))
        }
        if let deadline = report.noticeDeadline {
            fields.append(Field(label: TextLabels.noticeDeadline, value: dated(deadline)))
        } else if let last = report.lastDayToAct {
            fields.append(Field(label: TextLabels.lastDay, value: dated(last)))
        } else if report.autoRenew == false {
            fields.append(Field(label: TextLabels.noticeDeadline, value: TextLabels.noneNeeded[l]))
        } else if report.deadlineRule != nil {
            fields.append(Field(label: TextLabels.noticeDeadline, value: TextLabels.unknownDate(report)[l]))
        }
        fields.append(Field(label: TextLabels.serviceEnds, value: report.effectiveEndDate?.formatted(in: l) ?? TextLabels.unknownDate(report)[l]))
        return fields
    }

    /// Every label the header can show, to size the label column.
    static let labels = [TextLabels.today, TextLabels.channel, TextLabels.contact, TextLabels.roles, TextLabels.missedDeadline,
                         TextLabels.nextRenewal, TextLabels.renewal, TextLabels.noticeDeadline, TextLabels.lastDay, TextLabels.serviceEnds]
}
