import CancelCore

/// An Intercom cancellation: the billing frequency decides the channel.
/// `init` computes what triage reads; the texts are computed when read.
public struct IntercomPlan: CancellationPlan {
    public let facts: AccountFacts
    public let channel: Channel
    public let contact: LocalizedText?
    public let requiredRoles: [Role] = [.owner, .billingAdmin]
    public let schedule: RenewalSchedule?
    public let missingFacts: [MissingFact]

    public var vendor: VendorDescription { IntercomPolicy.description }

    init(facts: AccountFacts) {
        self.facts = facts
        let description = IntercomPolicy.description
        var missing: [MissingFact] = []
        if facts.billing == nil { missing.append(description.missing(.billing)) }
        let annual = facts.billing != .monthly
        let notice: NoticeRule
        // Annual contracts "may require notice" of a length the article does
        // not give: the contract's own notice (given or missing) decides.
        notice = annual ? .unknownLength : .none
        channel = annual ? .email : .selfService
        contact = annual ? LocalizedText(verbatim: IntercomPolicy.billingEmail) : nil
        let schedule = facts.schedule(notice: notice, citation: annual ? IntercomSource.quickAnswer : nil)
        self.schedule = schedule
        missing += description.missingDates(for: facts, schedule: schedule, notice: notice)
        missingFacts = missing
    }

    /// Unknown billing is treated as annual: the stricter path.
    private var isAnnual: Bool { facts.billing != .monthly }

    public var warnings: [Warning] {
        let annual = isAnnual
        var warnings: [Warning] = []
        if facts.billing == nil {
            warnings.append(Warning(id: "billing-unknown", LocalizedText(
                en: "The billing frequency is unknown, so this plan assumes an annual contract: written request to the billing team, notice period from your contract.",
                fr: "La fréquence de facturation est inconnue : ce plan suppose un contrat annuel, avec demande écrite à l’équipe de facturation et préavis selon votre contrat."),
                citation: IntercomSource.troubleshooting))
        }
        if annual && facts.noticeDays == nil {
            warnings.append(Warning(id: "annual-notice-unknown", LocalizedText(
                en: "Annual contracts “may require notice” before the renewal date, but no number of days is given: take it from your contract (--notice-days). Until then no deadline can be computed; contact billing now.",
                fr: "Les contrats annuels « peuvent exiger un préavis » avant le renouvellement, sans nombre de jours : reprenez-le de votre contrat (--notice-days). D’ici là aucune date limite ne peut être calculée ; contactez la facturation dès maintenant."),
                citation: IntercomSource.troubleshooting))
        }
        warnings.append(Warning(id: "retention-period-unknown", LocalizedText(
            en: "Conversation history and customer data are kept only “for a limited period” after cancelling, with no length given: export everything before the cancellation takes effect.",
            fr: "L’historique des conversations et les données clients ne sont conservés que « pour une période limitée » après l’annulation, sans durée précisée : exportez tout avant la prise d’effet."),
            citation: IntercomSource.afterCancelling))
        warnings.append(Warning(id: "automation-stops-immediately", LocalizedText(
            en: "The guide says automated messages, chatbots and Fin AI stop “immediately”, and elsewhere when the subscription ends: set up another support channel before you cancel, not after.",
            fr: "Le guide dit que messages automatiques, chatbots et Fin AI s’arrêtent « immédiatement », et ailleurs à la fin de l’abonnement : mettez en place un autre canal d’assistance avant d’annuler, pas après."),
            citation: IntercomSource.faq))
        return warnings
    }

    public var steps: [Step] {
        let annual = isAnnual
        var steps = [
            Step(LocalizedText(en: "Sign in at app.intercom.com as a workspace owner or a user with billing permissions.",
                               fr: "Connectez-vous sur app.intercom.com en tant que propriétaire de l’espace de travail ou utilisateur avec les permissions de facturation."),
                 citation: IntercomSource.stepByStep),
            Step(LocalizedText(en: "Open the subscription settings and click “Cancel subscription” (or “Cancel plan”); Intercom may offer retention deals.",
                               fr: "Ouvrez les paramètres d’abonnement et cliquez sur « Cancel subscription » (ou « Cancel plan ») ; Intercom peut proposer des offres de rétention."),
                 path: [LocalizedText(en: "Settings (gear icon)", fr: "Paramètres (icône d’engrenage)"),
                        LocalizedText(verbatim: "Subscription / Billing"),
                        LocalizedText(verbatim: "Cancel subscription")],
                 citation: IntercomSource.stepByStep),
        ]
        if annual {
            steps.append(Step(LocalizedText(
                en: "If the annual contract cannot be cancelled there, email billing@intercom.com or your account manager to cancel, and ask for your cancellation window and any fees.",
                fr: "Si le contrat annuel ne peut pas être annulé ainsi, écrivez à billing@intercom.com ou à votre gestionnaire de compte pour annuler, et demandez votre fenêtre d’annulation et les frais éventuels."),
                citation: IntercomSource.troubleshooting))
        }
        steps.append(Step(LocalizedText(
            en: "After cancelling, remove the Intercom Messenger JavaScript snippet from your website and app: cancelling does not remove it.",
            fr: "Après l’annulation, retirez le snippet JavaScript du Messenger Intercom de votre site et de votre application : l’annulation ne le retire pas."),
            citation: IntercomSource.stepByStep))
        return steps
    }

    public var preparations: [Preparation] {
        [
            Preparation(id: "export-data", LocalizedText(
                en: "Export conversations (Conversations), contacts and companies as CSV (People), and help-center articles (Articles); Settings > Data Management, or the API for everything.",
                fr: "Exportez les conversations (Conversations), les contacts et entreprises en CSV (People) et les articles du centre d’aide (Articles) ; Paramètres > Data Management, ou l’API pour tout."),
                timing: .beforeActing, isMilestone: true, citation: IntercomSource.beforeCancelling),
            Preparation(id: "alternative-support", LocalizedText(
                en: "Set up another support channel: Intercom does not tell your customers, and the Messenger and Fin stop answering.",
                fr: "Mettez en place un autre canal d’assistance : Intercom ne prévient pas vos clients, et le Messenger et Fin cessent de répondre."),
                timing: .beforeActing, citation: IntercomSource.faq),
        ]
    }

    public var stillBilled: [CitedText] {
        isAnnual
            ? [CitedText(LocalizedText(en: "Annual contracts may carry cancellation-window terms and fees: ask billing@intercom.com.",
                                       fr: "Les contrats annuels peuvent prévoir une fenêtre d’annulation et des frais : demandez à billing@intercom.com."),
                         citation: IntercomSource.troubleshooting)]
            : [CitedText(LocalizedText(en: "The current month is paid in full: partial periods are generally not refunded.",
                                       fr: "Le mois en cours est dû en entier : les périodes partielles ne sont généralement pas remboursées."),
                         citation: IntercomSource.refunds)]
    }

    public var refund: Refund {
        isAnnual
            ? Refund(.unknown, LocalizedText(en: "Annual contracts have their own refund terms: check your agreement or ask billing@intercom.com.",
                                             fr: "Les contrats annuels ont leurs propres conditions de remboursement : consultez votre contrat ou demandez à billing@intercom.com."),
                     citation: IntercomSource.refunds)
            : Refund(.none, LocalizedText(en: "Monthly plans are generally non-refundable for partial periods.",
                                          fr: "Les plans mensuels ne sont généralement pas remboursables au prorata."),
                     citation: IntercomSource.refunds)
    }

    public var consequences: [CitedText] {
        [
            CitedText(LocalizedText(en: "The Messenger widget stops working on your website and app.",
                                    fr: "Le widget Messenger cesse de fonctionner sur votre site et votre application."), citation: IntercomSource.afterCancelling),
            CitedText(LocalizedText(en: "Automated messages, chatbots and Fin AI responses stop.",
                                    fr: "Les messages automatiques, les chatbots et les réponses de Fin AI s’arrêtent."), citation: IntercomSource.afterCancelling),
            CitedText(LocalizedText(en: "Conversation history and customer data are kept for a limited period, then permanently deleted.",
                                    fr: "L’historique des conversations et les données clients sont conservés une période limitée, puis supprimés définitivement."), citation: IntercomSource.troubleshooting),
            CitedText(LocalizedText(en: "Team inbox access and internal notes become inaccessible.",
                                    fr: "La boîte de réception d’équipe et les notes internes deviennent inaccessibles."), citation: IntercomSource.afterCancelling),
        ]
    }

    public var extraTimeline: [TimelineEntry] {
        guard let end = effectiveEndDate else { return [] }
        return [TimelineEntry(id: "remove-messenger", date: end, action: LocalizedText(
            en: "Remove the Intercom Messenger snippet from your website and app",
            fr: "Retirer le snippet du Messenger Intercom de votre site et de votre application"),
            citation: IntercomSource.stepByStep)]
    }
}
