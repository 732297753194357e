import CancelCore

/// A GoTo cancellation: a support call that switches auto-renewal off.
///
/// `init` computes only what triage reads (channel, roles, schedule,
/// missing facts); the texts are computed when read, so a portfolio of a
/// million rows does not build them.
public struct GoToPlan: CancellationPlan {
    public let facts: AccountFacts
    public let channel: Channel = .support
    public let requiredRoles: [Role]
    public let schedule: RenewalSchedule?
    public let missingFacts: FactList
    private let isConnect: Bool

    public var vendor: VendorDescription { GoToPolicy.description }
    /// No public address of the contact form exists: the article's own
    /// “Contact support” button is the route, so the contact is its address.
    public var contact: LocalizedText? {
        let url = isConnect ? GoToSource.connectArticle.url : GoToSource.article.url
        return LocalizedText(en: "GoTo support: the “Contact support” button on \(url)",
                             fr: "Assistance GoTo : le bouton « Contact support » de \(url)")
    }

    /// GoTo Connect on a set-term contract (longer than a month) must call
    /// at least 30 days before the renewal date.
    public var isConnectSetTerm: Bool { isConnect && GoToPlan.isSetTerm(facts) }

    static func isSetTerm(_ facts: AccountFacts) -> Bool {
        (facts.termMonths ?? 0) > 1 || facts.billing == .annual
    }

    init(facts: AccountFacts) {
        let description = GoToPolicy.description
        let isConnect = facts.isFor(GoToPolicy.connect, in: description)
        self.isConnect = isConnect
        if isConnect {
            requiredRoles = [.superAdmin]
        } else if facts.salesAssisted {
            requiredRoles = [.productAdmin, .billingContact]
        } else {
            requiredRoles = [.superAdmin, .billingAdmin]
        }
        // The Webinar article sets no notice period; Connect's sets 30 days
        // on a set-term contract. A contract's own applies through the engine.
        let setTerm = isConnect && GoToPlan.isSetTerm(facts)
        let schedule = facts.schedule(notice: setTerm ? .daysBefore(GoToPolicy.connectNoticeDays) : .none,
                                      citation: setTerm ? GoToSource.connectSetTerm : GoToSource.autoRenewal)
        self.schedule = schedule
        missingFacts = facts.missingDates(schedule: schedule)
        self.facts = facts
    }

    public var warnings: [Warning] {
        var warnings: [Warning] = []
        if isConnect {
            if facts.salesAssisted {
                warnings.append(Warning(id: "connect-sold-by-representative", LocalizedText(
                    en: "The article names a super administrator for GoTo Connect and a product administrator or billing contact for plans bought through a representative. For a Connect plan sold by a representative, this plan takes the stricter rule: a super administrator.",
                    fr: "L’article exige un super-administrateur pour GoTo Connect, et un administrateur de produit ou contact de facturation pour les achats avec un représentant. Pour un plan Connect vendu par un représentant, ce plan retient la règle la plus stricte : un super-administrateur."),
                    citation: GoToSource.contactSupport))
            }
            if facts.billing == nil && facts.termMonths == nil {
                warnings.append(Warning(id: "connect-term-unknown", LocalizedText(
                    en: "GoTo Connect’s article requires a call at least 30 days before renewal on a set-term contract. Neither the billing nor the term is known, so no such deadline is set: give --billing or --term-months.",
                    fr: "L’article GoTo Connect exige un appel au moins 30 jours avant le renouvellement pour un contrat à durée déterminée. Ni la facturation ni la durée ne sont connues : aucune date limite de ce type n’est fixée ; indiquez --billing ou --term-months."),
                    citation: GoToSource.connectSetTerm))
            }
        }
        warnings.append(Warning(id: "online-cancellation-unclear", LocalizedText(
            en: "The Webinar article’s FAQ implies some plans can be cancelled online, and GoTo’s article “Cancel my GoTo Training subscription” lists GoTo Webinar among the products cancelled in GoTo Admin (Billing > Subscriptions > View details > Cancel subscription), while the Webinar article sends everyone to support. This plan takes the route that always works, a support call; you may try GoTo Admin first.",
            fr: "La FAQ de l’article Webinar laisse entendre que certains plans s’annulent en ligne, et l’article de GoTo « Cancel my GoTo Training subscription » cite GoTo Webinar parmi les produits résiliables dans GoTo Admin (Billing > Subscriptions > View details > Cancel subscription), alors que l’article Webinar renvoie tout le monde vers l’assistance. Ce plan retient la voie qui marche toujours, un appel à l’assistance ; vous pouvez d’abord essayer GoTo Admin."),
            citation: GoToSource.onlineInAdmin))
        warnings.append(Warning(id: "refund-unanswered", LocalizedText(
            en: "The FAQ asks “will I be refunded if I cancel before the end of my contract?” and gives no answer: do not count on a refund; ask support during the call.",
            fr: "La FAQ pose la question « serai-je remboursé si je résilie avant la fin de mon contrat ? » sans y répondre : ne comptez pas sur un remboursement ; demandez-le à l’assistance pendant l’appel."),
            citation: GoToSource.faq))
        return warnings
    }

    public var steps: [Step] {
        let url = isConnect ? GoToSource.connectArticle.url : GoToSource.article.url
        return [
            Step(LocalizedText(en: "Contact GoTo support with the “Contact support” button on \(url), and ask to cancel the product(s).",
                               fr: "Contactez l’assistance GoTo avec le bouton « Contact support » de \(url), et demandez l’annulation du ou des produits."),
                 citation: isConnect ? GoToSource.connectRoles : GoToSource.contactSupport),
            Step(LocalizedText(en: "Check the cancellation in GoTo Admin: cancelled products appear under “Discover other GoTo products”.",
                               fr: "Vérifiez l’annulation dans GoTo Admin : les produits annulés apparaissent sous « Découvrir d’autres produits GoTo »."),
                 path: [LocalizedText(verbatim: "GoTo Admin"),
                        LocalizedText(en: "Discover other GoTo products", fr: "Découvrir d’autres produits GoTo")],
                 citation: GoToSource.faq),
        ]
    }

    public var preparations: [Preparation] {
        let numbers = isConnect ? [Preparation(id: "transfer-numbers", LocalizedText(
            en: "Start transferring the phone numbers you keep now: transfers take 2 to 18 business days, and the account must stay active until they complete.",
            fr: "Lancez dès maintenant le transfert des numéros à conserver : il prend de 2 à 18 jours ouvrables, et le compte doit rester actif jusqu’à sa fin."),
            timing: .startNow, isMilestone: true, citation: GoToSource.connectPorting)] : []
        return numbers + [
            Preparation(id: "clear-balance", LocalizedText(
                en: "Make sure no balance remains on the account: unpaid balances can block a cancellation.",
                fr: "Assurez-vous qu’il ne reste aucun solde sur le compte : un solde impayé peut bloquer l’annulation."),
                timing: .beforeActing, isMilestone: true, citation: GoToSource.beforeCancelling),
            Preparation(id: "check-contract", LocalizedText(
                en: "Check whether you have a fixed-term contract or a month-to-month agreement; for a contract, read its cancellation terms, licence assignments and end date.",
                fr: "Vérifiez si vous avez un contrat à durée déterminée ou un accord au mois ; pour un contrat, lisez ses conditions d’annulation, les attributions de licences et la date de fin."),
                timing: .beforeActing, citation: GoToSource.beforeCancelling),
            Preparation(id: "prepare-call", LocalizedText(
                en: "Have ready for the call: your account, the billing administrator’s email address, the last four digits and billing address of the payment method, and the product(s) to cancel.",
                fr: "Préparez pour l’appel : votre compte, l’adresse e-mail de l’administrateur de facturation, les quatre derniers chiffres et l’adresse de facturation du moyen de paiement, et le ou les produits à annuler."),
                timing: .beforeActing, citation: GoToSource.contactSupport),
            Preparation(id: "unassign-licences", LocalizedText(
                en: "Unassign your users’ licences so nobody in the company relies on GoTo when the subscription ends.",
                fr: "Désattribuez les licences de vos utilisateurs pour que personne dans l’entreprise n’utilise GoTo à la fin de l’abonnement."),
                timing: .beforeEnd, citation: GoToSource.beforeCancelling),
            Preparation(id: "backup-data", LocalizedText(
                en: "Back up or transfer all the data you need, user data included.",
                fr: "Sauvegardez ou transférez toutes les données nécessaires, y compris les données utilisateur."),
                timing: .beforeActing, isMilestone: true, citation: GoToSource.beforeCancelling),
        ]

    }

    public var stillBilled: [CitedText] {
        let end = schedule?.renewal
        if facts.billing == .monthly && facts.termMonths == nil {
            return [CitedText(LocalizedText(
                en: "The whole current month is billed, even when cancelled mid-month; the plan stays active to the month’s end.",
                fr: "Le mois en cours est facturé en entier, même en cas d’annulation en cours de mois ; le plan reste actif jusqu’à la fin du mois."),
                citation: GoToSource.faq)]
        } else if let end, facts.commitmentMonths != nil {
            let months = end.monthsRemaining(from: facts.today)
            return [CitedText(LocalizedText(
                en: "The remaining months of the contract are billed: \(months) month(s) up to \(end.formatted(in: .en)), when the contract ends.",
                fr: "Les mois restants du contrat sont facturés : \(months) mois jusqu’au \(end.formatted(in: .fr)), date de fin du contrat."),
                citation: GoToSource.faq)]
        } else {
            return [CitedText(LocalizedText(
                en: "Monthly plans are billed for the whole current month; fixed-term contracts for their remaining months.",
                fr: "Les abonnements mensuels sont facturés pour le mois entier ; les contrats à durée déterminée pour les mois restants."),
                citation: GoToSource.faq)]
        }
    }

    public var refund: Refund {
        Refund(.unknown, LocalizedText(
            en: "The article asks whether cancelling early is refunded but does not answer: ask support.",
            fr: "L’article pose la question du remboursement en cas de résiliation anticipée sans y répondre : demandez à l’assistance."),
            citation: GoToSource.faq)
    }

    public var consequences: [CitedText] {
        [
            CitedText(LocalizedText(en: "Auto-renewal is turned off: the plan will not renew at the end of its term.",
                                    fr: "Le renouvellement automatique est désactivé : le plan ne se renouvellera pas à la fin de sa période."), citation: GoToSource.autoRenewal),
            CitedText(LocalizedText(en: "The subscription stays active until its end date.",
                                    fr: "L’abonnement reste actif jusqu’à sa date de fin."), citation: GoToSource.autoRenewal),
        ]
    }
}
