/// Builds the dated actions and the deadline rule every plan shares, from
/// its schedule, preparations and vendor-specific entries.
///
/// Every recommended date falls on a weekday, never after its deadline and
/// never before today; preparations that come before cancelling are dated on
/// or before the cancelling action; once a notice was sent, only what is
/// left to do is dated.
public enum TimelineBuilder {
    /// Days of margin the timeline suggests before a deadline.
    public static let recommendedMarginDays = 7
    /// Business days after sending a notice before chasing a confirmation:
    /// cancelctl's own rule, not a vendor's.
    public static let confirmationChaseBusinessDays = 10

    /// The recommended day to act: `margin` days before `last`, moved back
    /// off a weekend, never before today nor after `last`.
    public static func recommendedDate(before last: CalendarDate, today: CalendarDate, margin: Int) -> CalendarDate {
        var date = max(today, min(last, last.adding(days: -margin)))
        while date.isWeekend && date.adding(days: -1) >= today { date = date.adding(days: -1) }
        while date.isWeekend && date.adding(days: 1) <= last { date = date.adding(days: 1) }
        return date
    }

    public static func timeline(for plan: some CancellationPlan, marginDays: Int = recommendedMarginDays) -> [TimelineEntry] {
        let today = plan.facts.today
        let name = plan.vendor.name
        var entries: [TimelineEntry] = []
        let schedule = plan.schedule
        let acted = schedule?.hasActed ?? false
        let last = schedule?.lastDayToAct
        let actDate = last.map { recommendedDate(before: $0, today: today, margin: marginDays) }

        for item in plan.preparations where item.isMilestone {
            switch item.timing {
            case .startNow where !acted:
                entries.append(TimelineEntry(id: item.id, date: today, action: item.text, citation: item.citation, kind: .preparation))
            case .beforeActing where !acted:
                entries.append(TimelineEntry(id: item.id, date: actDate ?? today, action: item.text, citation: item.citation, kind: .preparation))
            case .beforeEnd:
                if let end = plan.effectiveEndDate {
                    entries.append(TimelineEntry(id: item.id, date: max(today, end.adding(days: -1)), action: item.text,
                                                 isDeadline: true, citation: item.citation, kind: .preparation))
                }
            default:
                break
            }
        }

        if acted {
            if plan.facts.confirmed == nil, let sent = plan.facts.noticeSent {
                entries.append(TimelineEntry(id: "chase-confirmation",
                    date: max(today, sent.adding(businessDays: confirmationChaseBusinessDays)), action: LocalizedText(
                    en: "No written confirmation yet? Ask \(name) to confirm the cancellation and the end date (cancelctl’s rule: \(confirmationChaseBusinessDays) business days after sending)",
                    fr: "Pas encore de confirmation écrite ? Demander à \(name) de confirmer la résiliation et la date de fin (règle de cancelctl : \(confirmationChaseBusinessDays) jours ouvrés après l’envoi)"), kind: .followUp))
            }
        } else if let schedule, schedule.endsWithoutNotice, let end = schedule.renewal, end > today {
            // The article's own deadline when it has one; else a month ahead (cancelctl's rule).
            let article = schedule.articleNotice.requiresNotice
                ? schedule.articleNotice.lastDayToAct(renewal: end) ?? end.adding(days: -30)
                : end.adding(days: -30)
            entries.append(TimelineEntry(id: "confirm-no-renewal",
                date: recommendedDate(before: max(today, min(article, end.adding(days: -1))), today: today, margin: 0), action: LocalizedText(
                en: "Confirm in writing with \(name) that nothing renews after the contract ends",
                fr: "Faire confirmer par écrit par \(name) que rien ne se renouvelle après la fin du contrat"), kind: .cancellingAction))
        } else if let schedule, let last, let actDate {
            if schedule.notice.requiresNotice {
                if actDate < last {
                    entries.append(TimelineEntry(id: "send-notice", date: actDate, action: LocalizedText(
                        en: "Send the cancellation notice to \(name) (recommended, ahead of the deadline)",
                        fr: "Envoyer la demande de résiliation à \(name) (recommandé, avant la date limite)"), kind: .cancellingAction))
                }
                entries.append(TimelineEntry(id: "notice-deadline", date: last, action: LocalizedText(
                    en: "Last day for the cancellation notice to reach \(name)",
                    fr: "Dernier jour pour que la demande de résiliation parvienne à \(name)"), isDeadline: true, kind: .deadline))
            } else {
                if actDate < last {
                    entries.append(TimelineEntry(id: "cancel", date: actDate, action: LocalizedText(
                        en: "Cancel the \(name) subscription (recommended, ahead of the last day)",
                        fr: "Résilier l’abonnement \(name) (recommandé, avant le dernier jour)"), kind: .cancellingAction))
                }
                entries.append(TimelineEntry(id: "last-day-to-cancel", date: last, action: LocalizedText(
                    en: "Last day to cancel before \(name) renews",
                    fr: "Dernier jour pour résilier avant le renouvellement \(name)"), isDeadline: true, kind: .deadline))
            }
        } else if schedule?.notice == .unknownLength || (schedule == nil && plan.missingFacts.contains(.noticeDays)) {
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

    /// Preparations whose lead time no longer fits before the service ends:
    /// started today, they would finish after it.
    public static func leadTimeWarnings(for plan: some CancellationPlan) -> [Warning] {
        guard let end = plan.effectiveEndDate, !(plan.schedule?.hasActed ?? false) else { return [] }
        let today = plan.facts.today
        return plan.preparations.compactMap { item in
            guard let lead = item.leadTime else { return nil }
            let done = lead.completion(startingOn: today)
            guard done > end else { return nil }
            return Warning(id: "lead-time-\(item.id)", LocalizedText(
                en: "“\(item.text.en)” takes at least \(lead.length.en): started today it would finish around \(done.formatted(in: .en)), after the service ends on \(end.formatted(in: .en)). Start it today and ask \(plan.vendor.name) how to keep the service until it completes.",
                fr: "« \(item.text.fr) » prend au moins \(lead.length.fr) : commencé aujourd’hui, il se terminerait vers le \(done.formatted(in: .fr)), après la fin du service le \(end.formatted(in: .fr)). Commencez aujourd’hui et demandez à \(plan.vendor.name) comment garder le service jusqu’à la fin."),
                citation: item.citation)
        }
    }

    public static func deadlineRule(for plan: some CancellationPlan) -> LocalizedText? {
        guard let schedule = plan.schedule else { return nil }
        let name = plan.vendor.name
        var text: LocalizedText
        if schedule.endsWithoutNotice {
            return LocalizedText(
                en: "Your contract does not renew by itself: it ends at the end of its term, and no notice is needed.",
                fr: "Votre contrat ne se renouvelle pas tacitement : il prend fin au terme de sa période, sans préavis.")
        }
        switch schedule.notice {
        case .daysBefore, .monthsBefore:
            let length = schedule.notice.length ?? LocalizedText(verbatim: "")
            let count: LocalizedText = schedule.notice.months != nil
                ? LocalizedText(en: "the same day \(length.en) earlier, clamped to the month’s end", fr: "le même jour \(length.fr) plus tôt, ramené à la fin du mois")
                : LocalizedText(en: "the renewal date minus \(length.en)", fr: "la date de renouvellement moins \(length.fr)")
            text = LocalizedText(
                en: "The notice must reach \(name) at least \(length.en) before the end of the term: the last day to act is ",
                fr: "La demande doit parvenir à \(name) au moins \(length.fr) avant la fin de la période : le dernier jour pour agir est ")
                + count + LocalizedText(
                en: ", and acting on that day is on time. Send it a few days earlier.",
                fr: ", et agir ce jour-là est dans les temps. Envoyez-la quelques jours plus tôt.")
        case .none:
            text = LocalizedText(
                en: "No notice period: cancelling any day before the renewal date stops the renewal.",
                fr: "Pas de préavis : résilier n’importe quel jour avant la date de renouvellement empêche le renouvellement.")
        case .unknownLength:
            text = LocalizedText(
                en: "A notice period applies but its length is not known: your contract states it. The deadline and the end date depend on it.",
                fr: "Un préavis s’applique mais sa durée n’est pas connue : votre contrat l’indique. La date limite et la date de fin en dépendent.")
        }
        if case .rolling(let period) = schedule.terms.shape {
            text = text + LocalizedText(
                en: " The contract rolls on and can end only on the last day of a ",
                fr: " Le contrat se reconduit et ne peut prendre fin que le dernier jour d’un ")
                + period.title + LocalizedText(verbatim: ".")
        }
        if schedule.deadlineMissed, let anchor = schedule.anchor {
            let when = schedule.hasActed
                ? LocalizedText(en: " The notice was sent after the deadline for \(anchor.formatted(in: .en))",
                                fr: " La demande a été envoyée après la date limite pour le \(anchor.formatted(in: .fr))")
                : LocalizedText(en: " The deadline for \(anchor.formatted(in: .en)) has passed",
                                fr: " La date limite pour le \(anchor.formatted(in: .fr)) est passée")
            if let renewal = schedule.renewal {
                text = text + when + LocalizedText(
                    en: ": the contract runs on to \(renewal.formatted(in: .en)).",
                    fr: " : le contrat court jusqu’au \(renewal.formatted(in: .fr)).")
            } else {
                text = text + when + LocalizedText(
                    en: " and the renewal length is unknown, so the next window cannot be computed.",
                    fr: " et la durée du renouvellement est inconnue : la prochaine fenêtre ne peut pas être calculée.")
            }
        }
        return text
    }
}
