import CancelCore

/// An Aircall cancellation: the seat count decides the channel and notice.
/// `init` computes what triage reads; the texts are computed when read.
public struct AircallPlan: CancellationPlan {
    public let facts: AccountFacts
    public let channel: Channel
    public var requiredRoles: [Role] { [.owner] }
    public let schedule: RenewalSchedule?
    public let missingFacts: FactList
    /// True when the 30-day written notice applies (or may, and the safer
    /// reading was taken).
    public let needsWrittenNotice: Bool

    public var vendor: VendorDescription { AircallPolicy.description }
    /// Customer Success, for the written notice.
    public var contact: LocalizedText? { needsWrittenNotice ? AircallPolicy.customerSuccess : nil }

    init(facts: AccountFacts) {
        guard !facts.trial else {
            needsWrittenNotice = false
            channel = .selfService
            schedule = nil
            missingFacts = []
            self.facts = facts
            return
        }
        var missing: FactList = []
        if let seats = facts.seats {
            needsWrittenNotice = seats > AircallPolicy.selfServiceSeatLimit || facts.salesAssisted
        } else {
            needsWrittenNotice = true
            missing.append(.seats)
        }
        channel = needsWrittenNotice ? .email : .selfService
        // Both routes: the dashboard button too is counted 30 days ahead
        // (the seed's “calculera les 30 jours”, and Aircall's page on charges
        // after a cancellation); the warning says so. Billing frequency and
        // commitment can differ (the article says so): a monthly bill does
        // not tell the commitment.
        let schedule = facts.schedule(notice: .daysBefore(AircallPolicy.noticeDays),
                                      citation: needsWrittenNotice ? AircallSource.moreThanTen : AircallSource.lateRequest,
                                      commitmentSource: AircallSource.billingTerms)
        self.schedule = schedule
        missing += facts.missingDates(schedule: schedule)
        missingFacts = missing
        self.facts = facts
    }

    public var warnings: [Warning] {
        guard !facts.trial else { return [] }
        var warnings: [Warning] = []
        let limit = AircallPolicy.selfServiceSeatLimit
        if let seats = facts.seats {
            if seats > limit {
                if seats == limit + 1 {
                    warnings.append(Warning(id: "eleven-seats-notice", LocalizedText(
                        en: "The article’s table requires the 30-day notice above 10 seats, but its late-cancellation section says “more than 11 seats”. With 11 seats this plan takes the safer reading: the notice applies.",
                        fr: "Le tableau de l’article exige le préavis de 30 jours au-delà de 10 sièges, mais la section sur les annulations tardives dit « plus de 11 sièges ». Avec 11 sièges, ce plan retient la lecture la plus sûre : le préavis s’applique."),
                        citation: AircallSource.billedAfter))
                }
            } else if facts.salesAssisted {
                warnings.append(Warning(id: "sales-assisted-small-account", LocalizedText(
                    en: "Self-service cancellation is described for customers who signed up without Aircall’s sales team. As your plan was sold by a representative, this plan takes the safer reading: a written request to Customer Success at least 30 days before renewal.",
                    fr: "L’annulation en libre-service est décrite pour les clients inscrits sans l’équipe commerciale. Votre plan ayant été vendu par un commercial, ce plan retient la lecture la plus sûre : une demande écrite au Customer Success au moins 30 jours avant le renouvellement."),
                    citation: AircallSource.selfService))
            } else {
                warnings.append(Warning(id: "self-service-thirty-days", LocalizedText(
                    en: "The French article’s table says 1–10 seats need no 30-day written notice, but its self-service section says the system “will calculate the 30 days”, and Aircall’s page “Why am I being charged after cancellation” says a request made less than 30 days before the renewal date, the Dashboard button included, runs 30 more days and is billed. This plan takes the safer reading: no letter, but click “Cancel subscription” at least 30 days before the renewal date.",
                    fr: "Le tableau de l’article en français indique que 1 à 10 sièges n’ont pas de préavis écrit de 30 jours, mais sa section libre-service dit que le système « calculera les 30 jours », et la page d’Aircall « Why am I being charged after cancellation » indique qu’une demande faite moins de 30 jours avant la date de renouvellement, bouton du Tableau de bord compris, court 30 jours de plus, facturés. Ce plan retient la lecture la plus sûre : pas de courrier, mais cliquez sur « Annuler l’abonnement » au moins 30 jours avant la date de renouvellement."),
                    citation: AircallSource.lateRequest))
            }
        } else {
            warnings.append(Warning(id: "seats-unknown", LocalizedText(
                en: "The seat count is unknown, so this plan assumes more than 10 seats: a written notice at least 30 days before renewal.",
                fr: "Le nombre de sièges est inconnu : ce plan suppose plus de 10 sièges, soit un préavis écrit au moins 30 jours avant le renouvellement."),
                citation: AircallSource.noticeRequirement))
        }
        return warnings
    }

    public var steps: [Step] {
        guard !facts.trial else {
            return [Step(LocalizedText(
                en: "Do not subscribe to a paid plan: the free trial then ends by itself, with no commitment.",
                fr: "Ne souscrivez pas de plan payant : l’essai gratuit prend alors fin de lui-même, sans engagement."),
                citation: AircallSource.faq)]
        }
        return needsWrittenNotice ? AircallPlan.emailSteps : AircallPlan.selfServiceSteps
    }

    public var preparations: [Preparation] { facts.trial ? [] : AircallPlan.preparations }

    public var stillBilled: [CitedText] {
        guard !facts.trial else { return [] }
        var billed = AircallPlan.finalUsage
        billed.insert(CitedText(LocalizedText(
            en: "A request received less than 30 days before the renewal date, by ticket, email or the Dashboard button, renews the contract and a new invoice follows; annual plans, and monthly billing on an annual commitment, owe the rest of the year.",
            fr: "Une demande reçue moins de 30 jours avant la date de renouvellement, par ticket, e-mail ou le bouton du Tableau de bord, renouvelle le contrat et une nouvelle facture suit ; les plans annuels, et la facturation mensuelle sur un engagement annuel, doivent le reste de l’année."),
            citation: AircallSource.lateRequest), at: 0)
        return billed
    }

    public var refund: Refund {
        guard !facts.trial else {
            return Refund(.unknown, LocalizedText(
                en: "The article says nothing about refunds for a trial: as long as you do not subscribe to a paid plan, it ends by itself with no commitment.",
                fr: "L’article ne dit rien des remboursements pour un essai : tant que vous ne souscrivez pas de plan payant, il prend fin de lui-même sans engagement."),
                citation: AircallSource.faq)
        }
        return AircallPlan.noRefund
    }

    public var consequences: [CitedText] {
        guard !facts.trial else {
            return [CitedText(LocalizedText(
                en: "The trial ends without any commitment.", fr: "L’essai prend fin sans aucun engagement."),
                citation: AircallSource.faq)]
        }
        return [
            CitedText(needsWrittenNotice
                ? LocalizedText(en: "The subscription ends when your commitment ends, even if you are billed monthly.",
                                fr: "L’abonnement prend fin à l’échéance de votre engagement, même si vous êtes facturé mensuellement.")
                : LocalizedText(en: "The cancellation is scheduled for the end of the current billing period; a commitment longer than the billing period runs to its end.",
                                fr: "L’annulation est programmée à la fin de la période de facturation en cours ; un engagement plus long que la période de facturation court jusqu’à son terme."),
                citation: needsWrittenNotice ? AircallSource.billingTerms : AircallSource.noticeRequirement),
            CitedText(LocalizedText(
                en: "There is no pause option; Aircall can put you in touch with an account manager to discuss other options.",
                fr: "Il n’existe pas d’option pause ; Aircall peut vous mettre en relation avec un gestionnaire de compte pour discuter d’autres options."),
                citation: AircallSource.faq),
        ]
    }

    public var extraTimeline: [TimelineEntry] {
        guard let end = effectiveEndDate, !facts.trial else { return [] }
        return [TimelineEntry(id: "final-invoice", date: end, action: LocalizedText(
            en: "Expect a final Aircall invoice for usage before closure (SMS, international calls, extra licences or numbers, add-ons)",
            fr: "Prévoir une facture finale Aircall pour l’utilisation avant la fermeture (SMS, appels internationaux, licences ou numéros supplémentaires, modules)"),
            citation: AircallSource.billedAfter)]
    }

    static let noRefund = Refund(.none, LocalizedText(
        en: "No refund: you are committed for the period in your signed contract, multi-year plans included.",
        fr: "Pas de remboursement : vous êtes engagé pour la période indiquée dans votre contrat signé, plans pluriannuels compris."),
        citation: AircallSource.faq)

    static let selfServiceSteps = [
        Step(LocalizedText(en: "Sign in as a user with Owner permissions and check the renewal date.",
                           fr: "Connectez-vous avec un utilisateur Propriétaire et vérifiez la date de renouvellement."),
             path: [LocalizedText(en: "Aircall Dashboard", fr: "Tableau de bord Aircall"),
                    LocalizedText(en: "Plan tab", fr: "onglet Plan"),
                    LocalizedText(en: "Overview", fr: "Aperçu")],
             citation: AircallSource.findRenewal),
        Step(LocalizedText(en: "Click “Cancel subscription” at least 30 days before the renewal date; the cancellation is scheduled for the end of the current billing period.",
                           fr: "Cliquez sur « Annuler l’abonnement » au moins 30 jours avant la date de renouvellement ; l’annulation est programmée à la fin de la période de facturation en cours."),
             path: [LocalizedText(en: "Aircall Dashboard", fr: "Tableau de bord Aircall"),
                    LocalizedText(en: "Plan tab", fr: "onglet Plan"),
                    LocalizedText(en: "Cancel subscription", fr: "Annuler l’abonnement")],
             citation: AircallSource.selfService),
    ]

    static let emailSteps = [
        Step(LocalizedText(en: "Check the renewal date (Owner permissions needed).",
                           fr: "Vérifiez la date de renouvellement (permissions Propriétaire requises)."),
             path: [LocalizedText(en: "Aircall Dashboard", fr: "Tableau de bord Aircall"),
                    LocalizedText(en: "Plan tab", fr: "onglet Plan"),
                    LocalizedText(en: "Overview", fr: "Aperçu")],
             citation: AircallSource.findRenewal),
        Step(LocalizedText(en: "Email your Customer Success Manager if you have one, otherwise customersuccess@aircall.io, to request the cancellation in writing, so that it reaches Aircall at least 30 days before the renewal date.",
                           fr: "Écrivez par e-mail à votre Customer Success Manager si vous en avez un, sinon à customersuccess@aircall.io, pour demander l’annulation par écrit, de sorte qu’elle parvienne à Aircall au moins 30 jours avant la date de renouvellement."),
             citation: AircallSource.moreThanTenUsers),
        Step(LocalizedText(en: "Not sure whether you have a Customer Success Manager? Help Centre > Contact Us > “Account management, plan changes & Customer Success consultation”.",
                           fr: "Vous ne savez pas si vous avez un Customer Success Manager ? Centre d’aide > Contactez-nous > « Account management, plan changes & Customer Success consultation »."),
             citation: AircallSource.contactUs),
    ]

    static let preparations: [Preparation] = [
        Preparation(id: "port-numbers", LocalizedText(
        en: "Open a ticket with Aircall Support to port the numbers you want to keep: porting can take several weeks, and the account must stay active until it completes.",
        fr: "Ouvrez un ticket auprès du Support Client d’Aircall pour transférer les numéros à conserver : la portabilité peut prendre plusieurs semaines et le compte doit rester actif jusqu’à sa fin."),
        // "Several weeks": at least two.
        timing: .startNow, isMilestone: true, leadTime: .days(14), citation: AircallSource.beforeCancelling),
        Preparation(id: "export-data", LocalizedText(
        en: "Request exports of call logs, voicemails and recordings: Help Center > Contact us > “Technical and product support” > “Submit data requests”.",
        fr: "Demandez l’export des journaux d’appels, messages vocaux et enregistrements : Centre d’aide > Contactez-nous > « Support technique et produit » > « Soumettre des demandes de données »."),
        timing: .beforeActing, isMilestone: true, citation: AircallSource.beforeCancelling),
        Preparation(id: "check-commitment", LocalizedText(
        en: "Check your initial contract for the commitment period, which can differ from the billing frequency; if you cannot find it, ask Customer Success.",
        fr: "Vérifiez dans votre contrat initial la période d’engagement, qui peut différer de la fréquence de facturation ; si vous ne le retrouvez pas, contactez le Customer Success."),
        timing: .beforeActing, citation: AircallSource.billingTerms),
    ]

    static let finalUsage: [CitedText] = [
        CitedText(LocalizedText(en: "SMS usage", fr: "Utilisation de SMS"), citation: AircallSource.billedAfter),
        CitedText(LocalizedText(en: "International call charges or overages", fr: "Frais d’appels internationaux ou dépassements"), citation: AircallSource.billedAfter),
        CitedText(LocalizedText(en: "Extra user licences or phone numbers", fr: "Licences utilisateur ou numéros de téléphone supplémentaires"), citation: AircallSource.billedAfter),
        CitedText(LocalizedText(en: "Add-ons such as Analytics+, Surveys or AI Assist", fr: "Modules complémentaires comme Analytics+, Surveys ou AI Assist"), citation: AircallSource.billedAfter),
    ]
}
