import CancelCore

/// A Bitrix24 cancellation: cloud in the portal, on-premise through people.
/// `init` computes what triage reads; the texts are computed when read.
public struct Bitrix24Plan: CancellationPlan {
    public let facts: AccountFacts
    public let channel: Channel
    public let contact: LocalizedText?
    public let requiredRoles: [Role] = [.accountAdmin]
    public let schedule: RenewalSchedule?
    public let missingFacts: [MissingFact]
    private let onPremise: Bool

    public var vendor: VendorDescription { Bitrix24Policy.description }

    init(facts: AccountFacts) {
        self.facts = facts
        let description = Bitrix24Policy.description
        let onPremise = facts.product(in: description) == Bitrix24Policy.onPremise
        self.onPremise = onPremise
        var missing: [MissingFact] = []
        let notice: NoticeRule
        if onPremise {
            channel = .accountManager
            contact = LocalizedText(en: "your Bitrix24 account manager or partner", fr: "votre gestionnaire de compte ou partenaire Bitrix24")
            // No notice period is given for on-premise licences: the
            // contract's own (given or missing) decides.
            notice = .unknownLength
        } else {
            channel = .selfService
            contact = nil
            notice = .none
        }
        let schedule = facts.schedule(notice: notice, citation: onPremise ? Bitrix24Source.faq : nil)
        self.schedule = schedule
        missing += description.missingDates(for: facts, schedule: schedule, notice: notice)
        missingFacts = missing
    }

    public var warnings: [Warning] {
        guard onPremise && facts.contractNotice == nil else { return [] }
        return [Warning(id: "on-premise-terms-unknown", LocalizedText(
            en: "The article only says on-premise licences “work differently” and to contact the account manager or partner about the licence renewal: no notice period is given. Ask them now and give it with --notice-days.",
            fr: "L’article dit seulement que les licences sur site « fonctionnent différemment » et de contacter le gestionnaire de compte ou le partenaire pour le renouvellement : aucun préavis n’est indiqué. Demandez-le dès maintenant et indiquez-le avec --notice-days."),
            citation: Bitrix24Source.faq)]
    }

    public var steps: [Step] {
        if onPremise {
            return [
                Step(LocalizedText(en: "Contact your account manager or Bitrix24 partner to cancel the renewal of your on-premise licence, and ask for the notice period.",
                                   fr: "Contactez votre gestionnaire de compte ou partenaire Bitrix24 pour annuler le renouvellement de votre licence sur site, et demandez le préavis."),
                     citation: Bitrix24Source.faq),
            ]
        }
        let portal = LocalizedText(en: "your portal (yourcompany.bitrix24.com)", fr: "votre portail (votreentreprise.bitrix24.com)")
        return [
            Step(LocalizedText(en: "Sign in to your portal as the account administrator.",
                               fr: "Connectez-vous à votre portail en tant qu’administrateur du compte."),
                 path: [portal], citation: Bitrix24Source.quickAnswer),
            Step(LocalizedText(en: "Open the subscription settings from the left sidebar.",
                               fr: "Ouvrez les paramètres d’abonnement depuis la barre latérale gauche."),
                 path: [LocalizedText(en: "Settings or My Bitrix24", fr: "Paramètres ou Mon Bitrix24"),
                        LocalizedText(en: "Subscription or Billing", fr: "Abonnement ou Facturation")],
                 citation: Bitrix24Source.overview),
            Step(LocalizedText(en: "Choose “Downgrade” to the free plan or “Cancel” the paid subscription; retention offers may appear.",
                               fr: "Choisissez « Rétrograder » vers le plan gratuit ou « Annuler » l’abonnement payant ; des offres de rétention peuvent s’afficher."),
                 citation: Bitrix24Source.overview),
            Step(LocalizedText(en: "Review the features you will lose and confirm; paid features remain active until the end of the current billing period.",
                               fr: "Passez en revue les fonctions perdues et confirmez ; les fonctions payantes restent actives jusqu’à la fin de la période de facturation en cours."),
                 citation: Bitrix24Source.overview),
            Step(LocalizedText(en: "Keep the confirmation email and check that no further charge appears on your payment method.",
                               fr: "Conservez l’e-mail de confirmation et vérifiez qu’aucun autre prélèvement n’apparaît sur votre moyen de paiement."),
                 citation: Bitrix24Source.overview),
            Step(LocalizedText(en: "Only if you want every piece of data gone: delete the portal. This is permanent and irreversible; export first.",
                               fr: "Seulement si vous voulez tout effacer : supprimez le portail. C’est définitif et irréversible ; exportez d’abord."),
                 path: [LocalizedText(en: "Settings", fr: "Paramètres"), LocalizedText(en: "Account", fr: "Compte"),
                        LocalizedText(en: "Delete Account", fr: "Supprimer le compte")],
                 citation: Bitrix24Source.faq),
        ]
    }

    public var preparations: [Preparation] {
        [
            Preparation(id: "export-data", LocalizedText(
                en: "Export CRM contacts, deals and leads (CSV), tasks and calendar events, and Drive documents; save workflows and automations by hand (no bulk export).",
                fr: "Exportez contacts, transactions et prospects du CRM (CSV), tâches et événements, et documents du Drive ; sauvegardez workflows et automatisations à la main (pas d’export groupé)."),
                timing: .beforeActing, isMilestone: true, citation: Bitrix24Source.exports),
            Preparation(id: "use-telephony-credits", LocalizedText(
                en: "Use up prepaid telephony credits, or ask support whether they can be refunded: they are typically not.",
                fr: "Utilisez les crédits de téléphonie prépayés, ou demandez au support s’ils sont remboursables : ils ne le sont généralement pas."),
                timing: .beforeActing, citation: Bitrix24Source.troubleshooting),
            Preparation(id: "fit-free-plan", LocalizedText(
                en: "To keep using the free plan, remove excess users and files to fit its storage and user limits.",
                fr: "Pour garder le plan gratuit, retirez les utilisateurs et fichiers en trop afin de respecter ses limites de stockage et d’utilisateurs."),
                timing: .beforeActing, citation: Bitrix24Source.troubleshooting),
        ]
    }

    public var stillBilled: [CitedText] {
        [CitedText(LocalizedText(
            en: "The current billing period is not refunded for monthly subscriptions; paid features run until it ends.",
            fr: "La période de facturation en cours n’est pas remboursée pour les abonnements mensuels ; les fonctions payantes durent jusqu’à sa fin."),
            citation: Bitrix24Source.refunds)]
    }

    public var refund: Refund {
        switch facts.billing {
        case .monthly:
            return Refund(.none, LocalizedText(en: "No refund for the unused part of a monthly subscription.",
                                                 fr: "Pas de remboursement de la partie non utilisée d’un abonnement mensuel."), citation: Bitrix24Source.refunds)
        case .annual:
            return Refund(.possible, LocalizedText(en: "Annual plans may get a partial refund depending on the terms: contact Bitrix24 support.",
                                                     fr: "Les plans annuels peuvent obtenir un remboursement partiel selon les conditions : contactez le support Bitrix24."), citation: Bitrix24Source.refunds)
        case nil:
            return Refund(.unknown, LocalizedText(en: "Monthly subscriptions get no refund; annual plans may get a partial one (give --billing to know which applies).",
                                                    fr: "Les abonnements mensuels ne sont pas remboursés ; les plans annuels peuvent l’être partiellement (indiquez --billing pour savoir lequel s’applique)."), citation: Bitrix24Source.refunds)
        }
    }

    public var consequences: [CitedText] {
        onPremise ? [] : [
            CitedText(LocalizedText(en: "The portal drops to the free plan, with limited storage and user seats.",
                                    fr: "Le portail passe au plan gratuit, avec stockage et nombre d’utilisateurs limités."), citation: Bitrix24Source.afterCancelling),
            CitedText(LocalizedText(en: "CRM, project management and advanced scheduling features become restricted.",
                                    fr: "Les fonctions CRM, gestion de projet et planification avancée sont restreintes."), citation: Bitrix24Source.afterCancelling),
            CitedText(LocalizedText(en: "Data above the free plan’s limits may become inaccessible (it is not deleted).",
                                    fr: "Les données au-delà des limites du plan gratuit peuvent devenir inaccessibles (elles ne sont pas supprimées)."), citation: Bitrix24Source.afterCancelling),
            CitedText(LocalizedText(en: "Telephony credits and extra storage add-ons are deactivated.",
                                    fr: "Les crédits de téléphonie et le stockage additionnel sont désactivés."), citation: Bitrix24Source.afterCancelling),
        ]
    }
}
