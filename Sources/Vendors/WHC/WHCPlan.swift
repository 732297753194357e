import CancelCore

/// A WHC cancellation: the client area, for every product.
/// `init` computes what triage reads; the texts are computed when read.
public struct WHCPlan: CancellationPlan {
    public let facts: AccountFacts
    public let channel: Channel = .selfService
    public var requiredRoles: [Role] { [.accountHolder] }
    public let schedule: RenewalSchedule?
    public let effectiveEndDate: CalendarDate?
    public let missingFacts: FactList
    /// True when the user asked for an immediate cancellation of a service
    /// that allows one.
    public let isImmediate: Bool
    private let isDomain: Bool

    public var vendor: VendorDescription { WHCPolicy.description }
    public var contact: LocalizedText? { LocalizedText(verbatim: WHCPolicy.clientArea) }

    init(facts: AccountFacts) {
        let description = WHCPolicy.description
        let isDomain = facts.isFor(WHCPolicy.domain, in: description)
        self.isDomain = isDomain
        isImmediate = !isDomain && facts.immediate
        if isImmediate {
            schedule = nil
            effectiveEndDate = facts.today.adding(days: 1)
            missingFacts = []
        } else {
            let schedule = facts.schedule(notice: .none)
            self.schedule = schedule
            effectiveEndDate = schedule?.endDate
            missingFacts = facts.missingDates(schedule: schedule)
        }
        self.facts = facts
    }

    public var warnings: [Warning] {
        var warnings: [Warning] = []
        if isDomain {
            warnings.append(Warning(id: "domain-invoice-before-expiry", LocalizedText(
                en: "A renewal invoice for the domain may already be issued before its expiry date: turning auto-renewal off normally cancels an open one; if it stays open, send a written request with the invoice number.",
                fr: "Une facture de renouvellement du domaine peut déjà être émise avant sa date d’échéance : désactiver le renouvellement automatique annule normalement une facture ouverte ; si elle reste ouverte, envoyez une demande écrite avec le numéro de facture."),
                citation: WHCSource.domain))
            if facts.immediate {
                warnings.append(Warning(id: "domain-only-expires", LocalizedText(
                    en: "A domain cannot be cancelled immediately: it can only be left to expire on its expiry date. Deleting it takes a ticket and is irreversible.",
                    fr: "Un domaine ne peut pas être annulé immédiatement : on peut seulement le laisser expirer à sa date d’échéance. Le supprimer passe par un billet et est irréversible."),
                    citation: WHCSource.domain))
            }
        } else {
            if facts.immediate {
                warnings.append(Warning(id: "immediate-within-24-hours", LocalizedText(
                    en: "An immediate cancellation is “taken into account within 24 hours”: the service may stop any time from now until tomorrow. This plan dates the end tomorrow; have everything you need before you confirm.",
                    fr: "Une annulation immédiate est « prise en compte dans les 24 heures » : le service peut s’arrêter dès maintenant et jusqu’à demain. Ce plan date la fin à demain ; ayez tout ce qu’il vous faut avant de confirmer."),
                    citation: section))
            }
        }
        return warnings
    }

    public var steps: [Step] {
        let signIn = Step(LocalizedText(en: "Sign in to the client area (Espace Client); requests by email or phone are not accepted.",
                                        fr: "Connectez-vous à l’Espace Client ; les demandes par courriel ou téléphone ne sont pas acceptées."),
                          path: [LocalizedText(verbatim: WHCPolicy.clientArea)], citation: WHCSource.clientAreaOnly)

        if isDomain {
            return [
                signIn,
                Step(LocalizedText(en: "Under Auto-renewal, turn renewal off for the domains you do not want to keep; they expire on their expiry date.",
                                   fr: "Sous Renouvellement automatique, désactivez les domaines que vous ne souhaitez pas renouveler ; ils expirent à leur date d’échéance."),
                     path: [WHCPolicy.ui("Domaines", "Domains"), WHCPolicy.ui("Domaines", "Domains"),
                            WHCPolicy.ui("Renouvellement automatique", "Auto-renewal")],
                     citation: WHCSource.domain),
                Step(LocalizedText(en: "If a renewal invoice was already issued and is still open afterwards, send a written request with the invoice number so staff can adjust it.",
                                   fr: "Si une facture de renouvellement déjà émise reste ouverte ensuite, envoyez une demande écrite avec le numéro de facture pour que le personnel l’ajuste."),
                     citation: WHCSource.domain),
            ]
        }
        let product = self.product ?? WHCPolicy.hosting
        let (section, menu): (Citation, LocalizedText) = switch product {
        case WHCPolicy.ssl: (WHCSource.ssl, LocalizedText(verbatim: "SSL"))
        case WHCPolicy.app: (WHCSource.app, LocalizedText(verbatim: "Apps"))
        default: (WHCSource.hosting, WHCPolicy.ui("Hébergement", "Hosting"))
        }
        var steps = [
            signIn,
            Step(LocalizedText(en: "Open the service’s plan details.", fr: "Ouvrez les détails du plan du service."),
                 path: [menu, WHCPolicy.ui("Gérer", "Manage"),
                        LocalizedText(en: "gear icon (top right)", fr: "icône d’engrenage (en haut à droite)"),
                        WHCPolicy.ui("Détails du plan", "Plan details")],
                 citation: section),
            Step(LocalizedText(en: "Click “Demande d’annulation” (Request cancellation) and briefly give the reason.",
                               fr: "Cliquez sur « Demande d’annulation » et inscrivez brièvement la raison."),
                 path: [WHCPolicy.ui("Demande d’annulation", "Request cancellation")], citation: section),
        ]
        if product == WHCPolicy.hosting {
            steps.append(Step(LocalizedText(
                en: "If a domain is registered with this hosting and you do not want it renewed, tick the box for its non-renewal.",
                fr: "Si un domaine est enregistré avec cet hébergement et que vous ne voulez pas le renouveler, cochez la case de non-renouvellement."),
                citation: WHCSource.hosting))
        }
        steps.append(Step(facts.immediate
            ? LocalizedText(en: "Choose immediate cancellation (taken into account within 24 hours).",
                            fr: "Choisissez l’annulation immédiate (prise en compte dans les 24 heures).")
            : LocalizedText(en: "Choose automatic cancellation at the end of your contract. The other choice, immediate cancellation, is taken into account within 24 hours (--immediate).",
                            fr: "Choisissez l’annulation automatique à la fin de votre contrat. L’autre choix, l’annulation immédiate, est prise en compte dans les 24 heures (--immediate)."),
            citation: section))
        return steps
    }

    /// The article's section for this product's flow.
    private var section: Citation {
        switch product {
        case WHCPolicy.ssl?: return WHCSource.ssl
        case WHCPolicy.app?: return WHCSource.app
        case WHCPolicy.domain?: return WHCSource.domain
        default: return WHCSource.hosting
        }
    }

    /// Only the hosting flow has the checkbox for a domain registered with it.
    public var preparations: [Preparation] {
        product != WHCPolicy.hosting ? [] : [
            Preparation(id: "decide-domain", LocalizedText(
                en: "Decide what happens to any domain registered with the service: keep it, or mark it for non-renewal.",
                fr: "Décidez du sort de tout domaine enregistré avec le service : le garder, ou le signaler pour non-renouvellement."),
                timing: .beforeActing, citation: WHCSource.hosting),
        ]
    }

    public var stillBilled: [CitedText] {
        isDomain ? [CitedText(LocalizedText(
            en: "A renewal invoice already issued is normally cancelled by turning auto-renewal off; otherwise ask for it to be adjusted, quoting its number.",
            fr: "Une facture de renouvellement déjà émise est normalement annulée en désactivant le renouvellement automatique ; sinon demandez son ajustement en citant son numéro."),
            citation: WHCSource.domain)] : []
    }

    public var refund: Refund {
        Refund(.ifEligible, LocalizedText(
            en: "If eligible, request a refund from the billing team by replying to the cancellation ticket, after cancelling.",
            fr: "Si vous y êtes éligible, demandez le remboursement à l’équipe de facturation en répondant au ticket d’annulation, après l’annulation."),
            citation: WHCSource.refunds)
    }

    public var consequences: [CitedText] {
        isDomain ? [
            CitedText(LocalizedText(en: "The domain expires on its expiry date instead of renewing.",
                                    fr: "Le domaine expire à sa date d’échéance au lieu d’être renouvelé."), citation: WHCSource.domain),
            CitedText(LocalizedText(en: "Deleting a domain outright is exceptional, done by ticket, irreversible, and has serious consequences.",
                                    fr: "Supprimer un domaine est exceptionnel, se fait par billet, est irréversible et a des conséquences importantes."), citation: WHCSource.domain),
        ] : [
            CitedText(facts.immediate
                ? LocalizedText(en: "The service stops within 24 hours of the request.", fr: "Le service s’arrête dans les 24 heures suivant la demande.")
                : LocalizedText(en: "The service stops automatically at the end of the contract.", fr: "Le service s’arrête automatiquement à la fin du contrat."),
                citation: section),
        ]
    }

    /// A domain is never cancelled: its dated actions say “turn off
    /// auto-renewal” and “expires”, not “cancel” and “service ends”.
    public var timeline: [TimelineEntry] {
        let entries = TimelineBuilder.timeline(for: self)
        guard isDomain else { return entries }
        return entries.map { entry in
            let action: LocalizedText
            switch entry.id {
            case "cancel":
                action = LocalizedText(en: "Turn off the domain’s auto-renewal in the WHC client area (recommended, ahead of the last day)",
                                       fr: "Désactiver le renouvellement automatique du domaine dans l’Espace Client WHC (recommandé, avant le dernier jour)")
            case "last-day-to-cancel":
                action = LocalizedText(en: "Last day to turn off the domain’s auto-renewal before it renews",
                                       fr: "Dernier jour pour désactiver le renouvellement automatique du domaine avant son renouvellement")
            case "service-ends":
                action = LocalizedText(en: "The domain expires", fr: "Le domaine expire")
            default:
                return entry
            }
            return TimelineEntry(id: entry.id, date: entry.date, action: action, isDeadline: entry.isDeadline,
                                 citation: entry.citation ?? WHCSource.domain, kind: entry.kind)
        }
    }

    public var deadlineRule: LocalizedText? {
        guard isDomain else { return TimelineBuilder.deadlineRule(for: self) }
        guard schedule != nil else { return nil }
        var text = LocalizedText(
            en: "A domain cannot be cancelled, only left to expire: turn off its auto-renewal any day before its expiry date.",
            fr: "Un domaine ne peut pas être annulé, seulement laissé expirer : désactivez son renouvellement automatique n’importe quel jour avant sa date d’échéance.")
        if let schedule, schedule.deadlineMissed, let renewal = schedule.renewal, let anchor = schedule.anchor {
            text = text + LocalizedText(
                en: " The expiry date \(anchor.formatted(in: .en)) has passed: the domain was renewed, to \(renewal.formatted(in: .en)).",
                fr: " La date d’échéance du \(anchor.formatted(in: .fr)) est passée : le domaine a été renouvelé, jusqu’au \(renewal.formatted(in: .fr)).")
        }
        return text
    }

    public var extraTimeline: [TimelineEntry] {
        var entries: [TimelineEntry] = []
        if isImmediate {
            entries.append(TimelineEntry(id: "request-cancellation", date: facts.today, action: LocalizedText(
                en: "Request the immediate cancellation in the WHC client area", fr: "Demander l’annulation immédiate dans l’Espace Client WHC"),
                isDeadline: false, citation: section, kind: .cancellingAction))
            entries.append(TimelineEntry(id: "request-refund", date: facts.today, action: LocalizedText(
                en: "If eligible, ask for a refund by replying to the cancellation ticket",
                fr: "Si éligible, demander un remboursement en répondant au ticket d’annulation"),
                citation: WHCSource.refunds))
        }
        return entries
    }
}
