/// What the engine could not know and what it assumed, in words: every
/// assumption is a named warning, every gap a missing fact.
extension RenewalSchedule {
    /// Contract facts the dates need and did not get. Inlinable, as the
    /// checks below: every plan asks, and a call copies the whole schedule.
    @inlinable
    public var missingFacts: FactList {
        var missing: FactList = []
        if articleNotice == .unknownLength && terms.notice == nil && !endsWithoutNotice { missing.append(.noticeDays) }
        if case .renewingTerm = terms.shape {
            if needsTermLength || assumesOneMonthCommitment { missing.append(.termMonths) }
        }
        return missing
    }

    /// True when a term had to be rolled but its length is unknown.
    @inlinable
    public var needsTermLength: Bool {
        guard case .renewingTerm = terms.shape else { return false }
        return deadlineMissed && renewal == nil
    }

    /// Billed monthly where the vendor says the commitment can be longer, and
    /// no commitment given: the plan assumes one month.
    @inlinable
    var assumesOneMonthCommitment: Bool {
        commitmentSource != nil && terms.billing == .monthly && terms.termMonths == nil
    }

    /// The engine's warnings: precedence between the article and the
    /// contract, assumptions, and what a notice already sent means.
    public func warnings(vendorName name: String) -> [Warning] {
        var warnings: [Warning] = []
        warnings += precedenceWarnings(vendorName: name)
        if let renewal, notice.allowsLaterMonthEndReading(renewal: renewal), let deadline, let months = notice.months {
            let later = deadline.adding(days: CalendarDate.daysIn(month: deadline.month, year: deadline.year) - deadline.day)
            warnings.append(Warning(id: "notice-months-month-end", LocalizedText(
                en: "\(months) month\(months == 1 ? "" : "s") before \(renewal.formatted(in: .en)) is taken as \(deadline.formatted(in: .en)), the same day \(months == 1 ? "a month" : "\(months) months") earlier. If your contract counts whole calendar months, \(later.formatted(in: .en)) might also be on time; this plan keeps the earlier day.",
                fr: "\(months) mois avant le \(renewal.formatted(in: .fr)) est compté comme le \(deadline.formatted(in: .fr)), le même jour \(months) mois plus tôt. Si votre contrat compte des mois civils entiers, le \(later.formatted(in: .fr)) pourrait aussi convenir ; ce plan retient le jour le plus tôt."),
                citation: nil))
        }
        if case .renewingTerm = terms.shape, rolledTerms > 0, let term = terms.renewalTerm, term.basis != .given {
            let basis: LocalizedText = term.basis == .currentTerm
                ? LocalizedText(en: "as long as the current term (\(term.months) months)", fr: "autant que la période en cours (\(term.months) mois)")
                : LocalizedText(en: "one billing period (\(term.months) month\(term.months == 1 ? "" : "s"))", fr: "une période de facturation (\(term.months) mois)")
            warnings.append(Warning(id: "renewal-term-assumed", LocalizedText(
                en: "The length of a renewal is not given (--renewal-term-months): this plan assumes each renewal lasts ",
                fr: "La durée d’un renouvellement n’est pas donnée (--renewal-term-months) : ce plan suppose que chaque renouvellement dure ")
                + basis + LocalizedText(verbatim: "."), citation: nil))
        }
        if case .renewingTerm = terms.shape, assumesOneMonthCommitment {
            warnings.append(Warning(id: "commitment-assumed", LocalizedText(
                en: "You are billed monthly, but \(name) says the commitment can be longer than the billing period. Until you give --term-months, this plan assumes a one-month commitment that ends on the renewal date given.",
                fr: "Vous êtes facturé mensuellement, mais \(name) indique que l’engagement peut être plus long que la période de facturation. Tant que --term-months n’est pas donné, ce plan suppose un engagement d’un mois qui se termine à la date de renouvellement donnée."),
                citation: commitmentSource))
        }
        if endsWithoutNotice, let end = renewal {
            let article: LocalizedText = articleNotice.requiresNotice
                ? LocalizedText(en: " \(name)’s own terms describe renewal with a notice period, so confirm it in writing before the deadline those terms would set.",
                                fr: " Les conditions \(French.de(name)) décrivent un renouvellement avec préavis : faites-le confirmer par écrit avant la date limite qu’elles fixeraient.")
                : LocalizedText(verbatim: "")
            warnings.append(Warning(id: "no-auto-renew", LocalizedText(
                en: "Your contract says it does not renew by itself: nothing needs sending, and it ends on \(end.formatted(in: .en)). Check with \(name) that nothing (an add-on, a seat, a domain) renews on its own.",
                fr: "Votre contrat indique qu’il ne se renouvelle pas tacitement : rien n’est à envoyer, et il prend fin le \(end.formatted(in: .fr)). Vérifiez auprès \(French.de(name)) que rien (un module, un siège, un domaine) ne se renouvelle de lui-même.")
                + article, citation: articleCitation))
        }
        if notice == .unknownLength, !endsWithoutNotice {
            warnings.append(Warning(id: "end-depends-on-notice", LocalizedText(
                en: "The notice period is not known, so neither the deadline nor the end date can be given: both depend on the notice period in your \(name) contract (--notice-days or --notice-months).",
                fr: "Le préavis n’est pas connu : ni la date limite ni la date de fin ne peuvent être données, car elles dépendent du préavis de votre contrat \(name) (--notice-days ou --notice-months)."),
                citation: articleCitation))
        }
        warnings += trackingWarnings(vendorName: name)
        return warnings
    }

    /// Where the article and the contract both set a notice: which applies.
    func precedenceWarnings(vendorName name: String) -> [Warning] {
        // A contract that does not renew needs no notice: nothing to compare.
        guard !endsWithoutNotice else { return [] }
        guard let contract = terms.notice, let end = renewal, let contractLength = contract.length,
              let fromContract = contract.lastDayToAct(renewal: end) else { return [] }
        guard articleNotice.requiresNotice, articleNotice != .unknownLength else {
            guard articleNotice == .none else { return [] }
            return [Warning(id: "contract-notice-applies", LocalizedText(
                en: "\(name)’s own terms set no notice period here, but your contract’s \(contractLength.en) apply: the deadline is \(fromContract.formatted(in: .en)).",
                fr: "Les conditions \(French.de(name)) ne fixent pas de préavis ici, mais les \(contractLength.fr) de votre contrat s’appliquent : la date limite est le \(fromContract.formatted(in: .fr))."),
                citation: articleCitation)]
        }
        guard let fromArticle = articleNotice.lastDayToAct(renewal: end), let articleLength = articleNotice.length,
              fromArticle != fromContract else { return [] }
        if fromContract < fromArticle {
            return [Warning(id: "contract-notice-earlier", LocalizedText(
                en: "Your contract’s notice (\(contractLength.en), by \(fromContract.formatted(in: .en))) is longer than \(name)’s own rule (\(articleLength.en), by \(fromArticle.formatted(in: .en))): the earlier deadline applies.",
                fr: "Le préavis de votre contrat (\(contractLength.fr), avant le \(fromContract.formatted(in: .fr))) est plus long que la règle \(French.de(name)) (\(articleLength.fr), avant le \(fromArticle.formatted(in: .fr))) : la date limite la plus tôt s’applique."),
                citation: articleCitation)]
        }
        return [Warning(id: "article-notice-earlier", LocalizedText(
            en: "\(name)’s own rule (\(articleLength.en), by \(fromArticle.formatted(in: .en))) asks for more notice than your contract (\(contractLength.en), by \(fromContract.formatted(in: .en))): the earlier deadline applies.",
            fr: "La règle \(French.de(name)) (\(articleLength.fr), avant le \(fromArticle.formatted(in: .fr))) exige plus de préavis que votre contrat (\(contractLength.fr), avant le \(fromContract.formatted(in: .fr))) : la date limite la plus tôt s’applique."),
            citation: articleCitation)]
    }

    /// What a notice already sent, or a confirmation, means for the dates.
    func trackingWarnings(vendorName name: String) -> [Warning] {
        guard let sent = terms.noticeSent ?? terms.confirmed else { return [] }
        if deadlineMissed, let anchor {
            let rolled: LocalizedText = renewal.map {
                LocalizedText(en: " The contract renewed: the cancellation takes effect at the end of the next term, \($0.formatted(in: .en)).",
                              fr: " Le contrat a été renouvelé : la résiliation prend effet à la fin de la période suivante, le \($0.formatted(in: .fr)).")
            } ?? LocalizedText(en: " The next end date cannot be computed without the renewal length.",
                               fr: " La date de fin suivante ne peut pas être calculée sans la durée du renouvellement.")
            let missed: LocalizedText = missedDeadline.map {
                LocalizedText(en: ", after the deadline of \($0.formatted(in: .en)) for \(anchor.formatted(in: .en)).",
                              fr: ", après la date limite du \($0.formatted(in: .fr)) pour le \(anchor.formatted(in: .fr)).")
            } ?? LocalizedText(en: ", after \(anchor.formatted(in: .en)).", fr: ", après le \(anchor.formatted(in: .fr)).")
            return [Warning(id: "notice-late", LocalizedText(
                en: "The cancellation was sent late, on \(sent.formatted(in: .en))", fr: "La résiliation a été envoyée en retard, le \(sent.formatted(in: .fr))")
                + missed + rolled + LocalizedText(
                    en: " Ask \(name) to confirm the end date in writing.", fr: " Demandez à \(name) de confirmer la date de fin par écrit."),
                citation: articleCitation)]
        }
        if notice == .unknownLength {
            return [Warning(id: "notice-sent-timing-unknown", LocalizedText(
                en: "The cancellation was sent on \(sent.formatted(in: .en)), but without the notice period this plan cannot tell whether it was in time. Ask \(name) to confirm the end date in writing.",
                fr: "La résiliation a été envoyée le \(sent.formatted(in: .fr)), mais sans le préavis ce plan ne peut pas dire si elle était dans les temps. Demandez à \(name) de confirmer la date de fin par écrit."),
                citation: articleCitation)]
        }
        return []
    }
}
