import CancelCore

/// A Bitrix24 cancellation: cloud in the portal, on-premise through the
/// account manager or partner, and anything bought from a partner
/// (`--sales-assisted`) with the partner, at least a week before expiry.
/// `init` computes what triage reads; the texts are computed when read.
public struct Bitrix24Plan: CancellationPlan {
    public let facts: AccountFacts
    public let channel: Channel
    public var requiredRoles: [Role] { [.accountAdmin] }
    public let schedule: RenewalSchedule?
    public let missingFacts: FactList
    private let onPremise: Bool

    public var vendor: VendorDescription { Bitrix24Policy.description }

    /// The partner for a partner purchase, the account manager for an
    /// on-premise licence; none in the cloud portal.
    public var contact: LocalizedText? {
        if facts.salesAssisted { return Bitrix24Policy.partner }
        guard onPremise else { return nil }
        return LocalizedText(
            en: "your Bitrix24 account manager or partner (no source gives an address: see your licence order or invoice)",
            fr: "votre gestionnaire de compte ou partenaire Bitrix24 (aucune source ne donne d’adresse : voyez votre commande ou facture de licence)")
    }

    init(facts: AccountFacts) {
        let description = Bitrix24Policy.description
        let onPremise = facts.isFor(Bitrix24Policy.onPremise, in: description)
        self.onPremise = onPremise
        let notice: NoticeRule
        if facts.salesAssisted {
            channel = .accountManager
            // A week before expiry; a contract's own notice applies too
            // through the engine, and the earlier deadline wins.
            notice = .daysBefore(Bitrix24Policy.partnerNoticeDays)
        } else if onPremise {
            channel = .accountManager
            // No notice period is given for on-premise licences: the
            // contract's own (given or missing) decides.
            notice = .unknownLength
        } else {
            channel = .selfService
            notice = .none
        }
        let schedule = facts.schedule(notice: notice, citation: facts.salesAssisted ? Bitrix24Source.partner
                                                                : onPremise ? Bitrix24Source.faq : nil)
        self.schedule = schedule
        missingFacts = facts.missingDates(schedule: schedule, notice: notice)
        self.facts = facts
    }

    public var warnings: [Warning] {
        var warnings: [Warning] = []
        if onPremise && !facts.salesAssisted && facts.contractNotice == nil {
            warnings.append(Warning(id: "on-premise-terms-unknown", LocalizedText(
                en: "The guide only says on-premise licences “work differently” and to contact the account manager or partner about the licence renewal: no source gives a notice period. Ask them now and give it with --notice-days.",
                fr: "Le guide dit seulement que les licences sur site « fonctionnent différemment » et de contacter le gestionnaire de compte ou le partenaire pour le renouvellement : aucune source n’indique de préavis. Demandez-le dès maintenant et indiquez-le avec --notice-days."),
                citation: Bitrix24Source.faq))
        }
        if !onPremise {
            warnings.append(Warning(id: "guide-disagrees", LocalizedText(
                en: "SchedulingKit’s guide “Comment annuler Bitrix24” (a third party) says annual plans may get a partial refund and gives the path Settings or My Bitrix24 > Billing. Bitrix24’s own pages “Refund policy” and “Cancel subscription” say subscriptions are not refundable and the path is Subscription > Purchase History > Cancel subscription. This plan follows Bitrix24.",
                fr: "Le guide de SchedulingKit « Comment annuler Bitrix24 » (un tiers) dit que les plans annuels peuvent être partiellement remboursés et donne le chemin Paramètres ou Mon Bitrix24 > Facturation. Les pages de Bitrix24 « Refund policy » et « Cancel subscription » disent que les abonnements ne sont pas remboursables et que le chemin est Subscription > Purchase History > Cancel subscription. Ce plan suit Bitrix24."),
                citation: Bitrix24Source.noRefunds))
        }
        return warnings
    }

    public var steps: [Step] {
        if facts.salesAssisted {
            return [Step(LocalizedText(
                en: "Tell the Bitrix24 partner you bought from, in writing, at least one week before the expiry date, that you do not renew; a partner purchase does not renew by itself.",
                fr: "Indiquez par écrit au partenaire Bitrix24 auprès duquel vous avez acheté, au moins une semaine avant la date d’expiration, que vous ne renouvelez pas ; un achat auprès d’un partenaire ne se renouvelle pas de lui-même."),
                citation: Bitrix24Source.partner)]
        }
        if onPremise {
            return [
                Step(LocalizedText(en: "Contact your account manager or Bitrix24 partner to cancel the renewal of your on-premise licence, and ask for the notice period.",
                                   fr: "Contactez votre gestionnaire de compte ou partenaire Bitrix24 pour annuler le renouvellement de votre licence sur site, et demandez le préavis."),
                     citation: Bitrix24Source.faq),
            ]
        }
        let portal = LocalizedText(en: "your portal (yourcompany.bitrix24.com)", fr: "votre portail (votreentreprise.bitrix24.com)")
        return [
            Step(LocalizedText(en: "Sign in to your portal as an account administrator (other users see the page only if the setting that lets all users buy subscriptions is on).",
                               fr: "Connectez-vous à votre portail en tant qu’administrateur du compte (les autres utilisateurs ne voient la page que si le réglage qui permet à tous d’acheter des abonnements est activé)."),
                 path: [portal], citation: Bitrix24Source.whoSees),
            Step(LocalizedText(en: "Turn off automatic renewal: open Subscription, then Purchase History, and click “Cancel subscription”; paid features remain active until the end of the current period.",
                               fr: "Désactivez le renouvellement automatique : ouvrez Abonnement, puis Historique des achats, et cliquez sur « Annuler l’abonnement » ; les fonctions payantes restent actives jusqu’à la fin de la période en cours."),
                 path: [LocalizedText(en: "Subscription", fr: "Abonnement"), LocalizedText(en: "Purchase History", fr: "Historique des achats"),
                        LocalizedText(en: "Cancel subscription", fr: "Annuler l’abonnement")],
                 citation: Bitrix24Source.cancelSteps),
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

    /// Telephony credit and the free plan's limits are cloud matters; an
    /// on-premise licence gets neither.
    public var preparations: [Preparation] {
        guard !onPremise else { return [] }
        return [
            Preparation(id: "export-data", LocalizedText(
                en: "Export CRM contacts, deals and leads (CSV), tasks and calendar events, and Drive documents; save workflows and automations by hand (no bulk export).",
                fr: "Exportez contacts, transactions et prospects du CRM (CSV), tâches et événements, et documents du Drive ; sauvegardez workflows et automatisations à la main (pas d’export groupé)."),
                timing: .beforeActing, isMilestone: true, citation: Bitrix24Source.exports),
            Preparation(id: "use-telephony-credits", LocalizedText(
                en: "Use up prepaid telephony credit: it is neither refundable nor transferable.",
                fr: "Utilisez le crédit de téléphonie prépayé : il n’est ni remboursable ni transférable."),
                timing: .beforeActing, citation: Bitrix24Source.telephonyCredit),
            Preparation(id: "fit-free-plan", LocalizedText(
                en: "To keep working on the free plan, bring storage under its 5 GB: above it, data can only be read or deleted.",
                fr: "Pour continuer sur le plan gratuit, ramenez le stockage sous ses 5 Go : au-delà, les données peuvent seulement être lues ou supprimées."),
                timing: .beforeActing, citation: Bitrix24Source.freePlan),
        ]
    }

    public var stillBilled: [CitedText] {
        [
            CitedText(LocalizedText(
                en: "The current period is not refunded; paid features run until it ends.",
                fr: "La période en cours n’est pas remboursée ; les fonctions payantes durent jusqu’à sa fin."),
                citation: Bitrix24Source.noRefunds),
            CitedText(LocalizedText(
                en: "Until it is turned off, automatic renewal renews for the same period as the last; a first-cycle discount does not apply again, so a renewal can cost more.",
                fr: "Tant qu’il n’est pas désactivé, le renouvellement automatique reconduit la même période que la précédente ; une remise de premier cycle ne s’applique plus, un renouvellement peut donc coûter plus cher."),
                citation: Bitrix24Source.renewal),
        ]
    }

    public var refund: Refund {
        onPremise
            ? Refund(.none, LocalizedText(en: "No refund: licence keys are not refundable.",
                                          fr: "Pas de remboursement : les clés de licence ne sont pas remboursables."), citation: Bitrix24Source.noRefunds)
            : Refund(.none, LocalizedText(en: "No refund: subscriptions are not refundable. The only partial refund is for the unused period when a cloud account is migrated to an on-premise copy.",
                                          fr: "Pas de remboursement : les abonnements ne sont pas remboursables. Le seul remboursement partiel porte sur la période non utilisée quand un compte cloud migre vers une copie sur site."),
                     citation: Bitrix24Source.noRefunds)
    }

    public var consequences: [CitedText] {
        onPremise ? [] : [
            CitedText(LocalizedText(en: "The account returns to the free plan (5 GB of storage); above that limit, data can only be read or deleted.",
                                    fr: "Le compte revient au plan gratuit (5 Go de stockage) ; au-delà de cette limite, les données peuvent seulement être lues ou supprimées."), citation: Bitrix24Source.freePlan),
            CitedText(LocalizedText(en: "CRM, project management and advanced scheduling features become restricted.",
                                    fr: "Les fonctions CRM, gestion de projet et planification avancée sont restreintes."), citation: Bitrix24Source.afterCancelling),
            CitedText(LocalizedText(en: "Telephony credits and extra storage add-ons are deactivated.",
                                    fr: "Les crédits de téléphonie et le stockage additionnel sont désactivés."), citation: Bitrix24Source.afterCancelling),
        ]
    }

    /// A cloud account does not end: it drops to the free plan. An
    /// on-premise licence is simply not renewed.
    public var timeline: [TimelineEntry] {
        TimelineBuilder.timeline(for: self).map { entry in
            guard entry.id == "service-ends" else { return entry }
            let action = onPremise
                ? LocalizedText(en: "The Bitrix24 licence period ends, without renewal", fr: "Fin de la période de licence Bitrix24, sans renouvellement")
                : LocalizedText(en: "The paid Bitrix24 plan ends: the account returns to the free plan", fr: "Fin du plan payant Bitrix24 : le compte revient au plan gratuit")
            return TimelineEntry(id: entry.id, date: entry.date, action: action, isDeadline: entry.isDeadline,
                                 citation: onPremise ? Bitrix24Source.faq : Bitrix24Source.freePlan, kind: entry.kind)
        }
    }
}
