/// Builds the dated actions and the deadline rule every plan shares, from
/// its schedule, preparations and vendor-specific entries.
public enum TimelineBuilder {
    /// Days of margin the timeline suggests before a deadline.
    public static let recommendedMarginDays = 7

    public static func timeline(for plan: some CancellationPlan, marginDays: Int = recommendedMarginDays) -> [TimelineEntry] {
        let today = plan.facts.today
        let name = plan.vendor.name
        var entries: [TimelineEntry] = []
        let schedule = plan.schedule
        let last = schedule?.lastDayToAct
        let actDate = last.map { max(today, min($0, $0.adding(days: -marginDays))) }

        for item in plan.preparations where item.isMilestone {
            switch item.timing {
            case .startNow:
                entries.append(TimelineEntry(id: item.id, date: today, action: item.text, citation: item.citation, kind: .preparation))
            case .beforeActing:
                entries.append(TimelineEntry(id: item.id, date: actDate ?? today, action: item.text, citation: item.citation, kind: .preparation))
            case .beforeEnd:
                if let end = plan.effectiveEndDate {
                    entries.append(TimelineEntry(id: item.id, date: max(today, end.adding(days: -1)), action: item.text,
                                                 isDeadline: true, citation: item.citation, kind: .preparation))
                }
            }
        }

        if let schedule, let last, let actDate {
            switch schedule.notice {
            case .daysBefore:
                if actDate < last {
                    entries.append(TimelineEntry(id: "send-notice", date: actDate, action: LocalizedText(
                        en: "Send the cancellation notice to \(name) (recommended, ahead of the deadline)",
                        fr: "Envoyer la demande de résiliation à \(name) (recommandé, avant la date limite)"), kind: .cancellingAction))
                }
                entries.append(TimelineEntry(id: "notice-deadline", date: last, action: LocalizedText(
                    en: "Last day for the cancellation notice to reach \(name)",
                    fr: "Dernier jour pour que la demande de résiliation parvienne à \(name)"), isDeadline: true, kind: .deadline))
            case .none, .unknownLength:
                if actDate < last {
                    entries.append(TimelineEntry(id: "cancel", date: actDate, action: LocalizedText(
                        en: "Cancel the \(name) subscription (recommended, ahead of the last day)",
                        fr: "Résilier l’abonnement \(name) (recommandé, avant le dernier jour)"), kind: .cancellingAction))
                }
                entries.append(TimelineEntry(id: "last-day-to-cancel", date: last, action: LocalizedText(
                    en: "Last day to cancel before \(name) renews",
                    fr: "Dernier jour pour résilier avant le renouvellement \(name)"), isDeadline: true, kind: .deadline))
            }
        } else if schedule?.notice == .unknownLength {
            entries.append(TimelineEntry(id: "ask-notice-period", date: today, action: LocalizedText(
                en: "Find the notice period in your \(name) contract, then send the cancellation",
                fr: "Trouver le préavis dans votre contrat \(name), puis envoyer la résiliation"), kind: .cancellingAction))
        }

        if let end = plan.effectiveEndDate, end >= today {
            entries.append(TimelineEntry(id: "service-ends", date: end, action: LocalizedText(
                en: "The \(name) service ends", fr: "Fin du service \(name)"), kind: .end))
        }
        entries.append(contentsOf: plan.extraTimeline)

        return entries.enumerated()
            .filter { $0.element.date >= today }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    public static func deadlineRule(for plan: some CancellationPlan) -> LocalizedText? {
        guard let schedule = plan.schedule else { return nil }
        let name = plan.vendor.name
        var text: LocalizedText
        switch schedule.notice {
        case .daysBefore(let days):
            text = LocalizedText(
                en: "The notice must reach \(name) at least \(days) days before the renewal date: the last day to act is the renewal date minus \(days) days, and acting on that day is on time. Send it a few days earlier.",
                fr: "La demande doit parvenir à \(name) au moins \(days) jours avant la date de renouvellement : le dernier jour pour agir est la date de renouvellement moins \(days) jours, et agir ce jour-là est dans les temps. Envoyez-la quelques jours plus tôt.")
        case .none:
            text = LocalizedText(
                en: "No notice period: cancelling any day before the renewal date stops the renewal.",
                fr: "Pas de préavis : résilier n’importe quel jour avant la date de renouvellement empêche le renouvellement.")
        case .unknownLength:
            text = LocalizedText(
                en: "A notice period may apply but its length is not known: your contract states it.",
                fr: "Un préavis peut s’appliquer mais sa durée n’est pas connue : votre contrat l’indique.")
        }
        if schedule.deadlineMissed {
            if let renewal = schedule.renewal {
                text = text + LocalizedText(
                    en: " The deadline for \(schedule.anchor.formatted(in: .en)) has passed: the contract renews for another term, to \(renewal.formatted(in: .en)).",
                    fr: " La date limite pour le \(schedule.anchor.formatted(in: .fr)) est passée : le contrat est renouvelé pour une nouvelle période, jusqu’au \(renewal.formatted(in: .fr)).")
            } else {
                text = text + LocalizedText(
                    en: " The deadline for \(schedule.anchor.formatted(in: .en)) has passed and the commitment length is unknown, so the next window cannot be computed.",
                    fr: " La date limite pour le \(schedule.anchor.formatted(in: .fr)) est passée et la durée d’engagement est inconnue : la prochaine fenêtre ne peut pas être calculée.")
            }
        }
        return text
    }
}
