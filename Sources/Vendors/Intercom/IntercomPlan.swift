import CancelCore

/// An Intercom cancellation. Intercom's own article decides the route:
/// monthly and annual plans paid online cancel themselves in Billing
/// settings; a contracted subscription (`--sales-assisted`) goes through
/// the Account Manager, with the contract's notice, which the user supplies.
/// `init` computes what triage reads; the texts are computed when read.
public struct IntercomPlan: CancellationPlan {
    public let facts: AccountFacts
    public let channel: Channel
    public var requiredRoles: [Role] { [.owner, .billingAdmin] }
    public let schedule: RenewalSchedule?
    public let missingFacts: FactList

    public var vendor: VendorDescription { IntercomPolicy.description }
    /// The Account Manager for a contracted subscription.
    public var contact: LocalizedText? { facts.salesAssisted ? IntercomPolicy.accountManager : nil }

    init(facts: AccountFacts) {
        let notice: NoticeRule
        // A contracted subscription's notice is the contract's (given or
        // missing: the engine applies it and missingDates asks for it).
        if facts.salesAssisted {
            notice = .unknownLength
            channel = .accountManager
        } else {
            notice = .none
            channel = .selfService
        }
        let schedule = facts.schedule(notice: notice, citation: facts.salesAssisted ? IntercomSource.contracted : IntercomSource.paidOnline)
        self.schedule = schedule
        missingFacts = facts.missingDates(schedule: schedule, notice: notice)
        self.facts = facts
    }

    private var contracted: Bool { facts.salesAssisted }

    public var warnings: [Warning] {
        var warnings: [Warning] = []
        if contracted && facts.contractNotice == nil {
            warnings.append(Warning(id: "contract-notice-unknown", LocalizedText(
                en: "A contracted subscription is cancelled through your Account Manager under your contract; neither Intercom’s article nor any other source gives its notice period: take it from your contract (--notice-days). Until then no deadline can be computed; write to your Account Manager now.",
                fr: "Un abonnement sous contrat se résilie auprès de votre Account Manager selon votre contrat ; ni l’article d’Intercom ni aucune autre source n’en donne le préavis : reprenez-le de votre contrat (--notice-days). D’ici là aucune date limite ne peut être calculée ; écrivez dès maintenant à votre Account Manager."),
                citation: IntercomSource.contracted))
        }
        if !contracted && facts.billing != .monthly {
            warnings.append(Warning(id: "guide-disagrees-annual", LocalizedText(
                en: "SchedulingKit’s guide “Comment annuler Intercom” (a third party) sends annual contracts to billing@intercom.com and says they may require notice. Intercom’s own article “How to cancel your subscription” says an annual plan paid online is cancelled in Billing settings at any time and ends at the end of its 12 months. This plan follows Intercom; if your annual plan is under a signed contract, use --sales-assisted.",
                fr: "Le guide de SchedulingKit « Comment annuler Intercom » (un tiers) envoie les contrats annuels à billing@intercom.com et dit qu’ils peuvent exiger un préavis. L’article d’Intercom « How to cancel your subscription » dit qu’un plan annuel payé en ligne se résilie dans Billing settings à tout moment et prend fin au terme de ses 12 mois. Ce plan suit Intercom ; si votre plan annuel relève d’un contrat signé, utilisez --sales-assisted."),
                citation: IntercomSource.annualPlans))
        }
        warnings.append(Warning(id: "data-retention-disagrees", LocalizedText(
            en: "SchedulingKit’s guide says conversation history and customer data are kept “for a limited period” and then deleted; Intercom’s own article says cancelling does not delete data, but it is inaccessible until a new subscription starts. Either way you lose access: export everything before the cancellation takes effect.",
            fr: "Le guide de SchedulingKit dit que l’historique des conversations et les données clients sont conservés « pour une période limitée » puis supprimés ; l’article d’Intercom dit que l’annulation ne supprime pas les données, mais qu’elles sont inaccessibles jusqu’à un nouvel abonnement. Dans les deux cas l’accès est perdu : exportez tout avant la prise d’effet."),
            citation: IntercomSource.pauseAndData))
        warnings.append(Warning(id: "automation-stops-immediately", LocalizedText(
            en: "The guide says automated messages, chatbots and Fin AI stop “immediately”, and elsewhere when the subscription ends: set up another support channel before you cancel, not after.",
            fr: "Le guide dit que messages automatiques, chatbots et Fin AI s’arrêtent « immédiatement », et ailleurs à la fin de l’abonnement : mettez en place un autre canal d’assistance avant d’annuler, pas après."),
            citation: IntercomSource.faq))
        return warnings
    }

    /// Intercom's interface is in English: its labels are shown as written.
    static func ui(_ label: String, _ french: String) -> LocalizedText {
        .interfaceLabel(label, in: .en, meaning: french)
    }

    public var steps: [Step] {
        var steps: [Step]
        if contracted {
            steps = [Step(LocalizedText(
                en: "Write to your Intercom Account Manager to cancel the contracted subscription, within your contract’s notice period, and ask for the end date and any fee in writing.",
                fr: "Écrivez à votre Account Manager Intercom pour résilier l’abonnement sous contrat, dans le préavis de votre contrat, et demandez par écrit la date de fin et les frais éventuels."),
                citation: IntercomSource.contracted)]
        } else {
            steps = [
                Step(LocalizedText(en: "Sign in at app.intercom.com as a workspace owner or a user with billing permissions.",
                                   fr: "Connectez-vous sur app.intercom.com en tant que propriétaire de l’espace de travail ou utilisateur avec les permissions de facturation."),
                     citation: IntercomSource.quickAnswer),
                Step(LocalizedText(en: "In the workspace, open Billing settings and click “Cancel subscription” (older workspaces: “Payment details” > “Cancel subscription”). Access continues to the end of the current billing period, with no further bill.",
                                   fr: "Dans l’espace de travail, ouvrez « Billing settings » et cliquez sur « Cancel subscription » (anciens espaces : « Payment details » > « Cancel subscription »). L’accès continue jusqu’à la fin de la période de facturation en cours, sans nouvelle facture."),
                     path: [IntercomPlan.ui("Billing", "Facturation"), IntercomPlan.ui("Billing settings", "Paramètres de facturation"),
                            IntercomPlan.ui("Cancel subscription", "Résilier l’abonnement")],
                     citation: IntercomSource.paidOnline),
            ]
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
        if contracted {
            return [CitedText(LocalizedText(
                en: "Your contract decides what is still owed: Intercom’s article only says a contracted subscription is cancelled through the Account Manager.",
                fr: "Votre contrat fixe ce qui reste dû : l’article d’Intercom dit seulement qu’un abonnement sous contrat se résilie auprès de l’Account Manager."),
                citation: IntercomSource.contracted)]
        }
        var billed = [CitedText(LocalizedText(
            en: "The current billing period is paid; access continues to its end and no further bill follows.",
            fr: "La période de facturation en cours est payée ; l’accès continue jusqu’à sa fin et aucune autre facture ne suit."),
            citation: IntercomSource.paidOnline)]
        if facts.billing != .monthly {
            billed.append(CitedText(LocalizedText(
                en: "An annual plan runs to the end of its 12-month period and does not renew.",
                fr: "Un plan annuel court jusqu’au terme de sa période de 12 mois et n’est pas renouvelé."),
                citation: IntercomSource.annualPlans))
        }
        return billed
    }

    public var refund: Refund {
        if contracted {
            return Refund(.unknown, LocalizedText(
                en: "Intercom’s article says nothing about refunds for contracted subscriptions: your contract decides; ask your Account Manager.",
                fr: "L’article d’Intercom ne dit rien des remboursements pour les abonnements sous contrat : votre contrat décide ; demandez à votre Account Manager."),
                citation: IntercomSource.contracted)
        }
        switch facts.billing {
        case .monthly:
            return Refund(.none, LocalizedText(
                en: "No refund: the current month is paid and access continues to its end.",
                fr: "Pas de remboursement : le mois en cours est payé et l’accès continue jusqu’à sa fin."),
                citation: IntercomSource.paidOnline)
        case .annual, nil:
            return Refund(.none, LocalizedText(
                en: "No prorated refund: annual plans are paid upfront, and cancelling early does not refund the rest of the 12 months.",
                fr: "Pas de remboursement au prorata : les plans annuels sont payés d’avance, et résilier tôt ne rembourse pas le reste des 12 mois."),
                citation: IntercomSource.annualPlans)
        }
    }

    public var consequences: [CitedText] {
        [
            CitedText(LocalizedText(en: "Your data is not deleted, but it is inaccessible until a new subscription starts; outbound messages and the Help Center pause. There is no pause option.",
                                    fr: "Vos données ne sont pas supprimées, mais elles sont inaccessibles jusqu’à un nouvel abonnement ; les messages sortants et le Help Center sont suspendus. Il n’existe pas d’option pause."),
                      citation: IntercomSource.pauseAndData),
            CitedText(LocalizedText(en: "The Messenger widget stops working on your website and app.",
                                    fr: "Le widget Messenger cesse de fonctionner sur votre site et votre application."), citation: IntercomSource.afterCancelling),
            CitedText(LocalizedText(en: "Automated messages, chatbots and Fin AI responses stop.",
                                    fr: "Les messages automatiques, les chatbots et les réponses de Fin AI s’arrêtent."), citation: IntercomSource.afterCancelling),
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
