extension CancellationPlan {
    /// A notice from the channel alone, so a new vendor gets a sensible one
    /// before it writes its own.
    public func notice(_ details: NoticeDetails) -> Notice {
        Notice.standard(for: self, details: details)
    }
}

extension Notice {
    /// The channel's generic message: the click path for self-service, a
    /// call script for support, a letter otherwise.
    public static func standard(for plan: some CancellationPlan, details: NoticeDetails) -> Notice {
        let context = NoticeContext(plan: plan, details: details)
        switch plan.channel {
        case .selfService:
            return selfService(for: plan, context: context)
        case .support:
            return callScript(for: plan, context: context, haveReady: [
                LocalizedText(en: "the account: ", fr: "le compte : ") + context.sender,
                LocalizedText(en: "the renewal date: ", fr: "la date de renouvellement : ") + context.renewal,
            ])
        case .email, .accountManager, .unknown:
            return letter(for: plan, context: context)
        }
    }

    /// "No letter needed", with the plan's steps as the click path. Only a
    /// vendor whose source says it refuses letters and emails passes
    /// `refusal` (cited); no other notice claims it.
    public static func selfService(for plan: some CancellationPlan, context: NoticeContext, refusal: LocalizedText? = nil) -> Notice {
        let name = context.vendorName
        let roles = plan.requiredRoles.map(\.title)
        var who = LocalizedText(verbatim: "")
        for (index, role) in roles.enumerated() {
            who = who + (index == 0 ? LocalizedText(verbatim: "") : LocalizedText(en: " or ", fr: " ou ")) + role
        }
        let before: LocalizedText = context.deadlineStatus.map { LocalizedText(verbatim: " ") + $0 } ?? plan.lastDayToAct.map {
            LocalizedText(en: " Do it no later than ", fr: " Faites-le au plus tard le ") + $0.localized
                + LocalizedText(en: ", so that the subscription does not renew on ", fr: ", pour que l’abonnement ne soit pas renouvelé le ") + context.renewal
                + LocalizedText(verbatim: ".")
        } ?? LocalizedText(verbatim: "")
        return Notice(
            kind: .selfService, recipient: nil,
            subject: LocalizedText(en: "No letter needed: cancel \(name) yourself", fr: "Aucun courrier nécessaire : résiliez \(name) vous-même"),
            paragraphs: [
                LocalizedText(en: "\(name) is cancelled self-service, in the product: no letter or email is needed.",
                              fr: "La résiliation \(name) se fait en libre-service, dans le produit : aucun courrier ni e-mail n’est nécessaire.")
                    + (refusal.map { LocalizedText(verbatim: " ") + $0 } ?? LocalizedText(verbatim: ""))
                    + LocalizedText(en: " Sign in as ", fr: " Connectez-vous en tant " + Notice.que(before: who.fr))
                    + who + LocalizedText(en: " and follow the steps below.", fr: " et suivez les étapes ci-dessous.") + before,
            ],
            clickPath: clickPath(plan.steps),
            citation: plan.steps.first?.citation)
    }

    /// A cancellation letter to the plan's contact, naming the renewal date
    /// and the requested end date.
    public static func letter(for plan: some CancellationPlan, context: NoticeContext, extra: [LocalizedText] = [],
                              extraPlaceholders: [NoticePlaceholder] = []) -> Notice {
        let name = context.vendorName
        return Notice(
            kind: .letter, recipient: plan.contact,
            subject: LocalizedText(en: "Cancellation of our \(name) subscription – ", fr: "Résiliation de notre abonnement \(name) – ") + context.sender,
            paragraphs: [
                context.date,
                LocalizedText(en: "Hello,", fr: "Bonjour,"),
                LocalizedText(en: "We, ", fr: "Par la présente, ") + context.sender
                    + LocalizedText(en: ", hereby give notice that we cancel our \(name) subscription, so that it does not renew on ",
                                    fr: " vous notifie la résiliation de son abonnement \(name), afin qu’il ne soit pas renouvelé le ")
                    + context.renewal + LocalizedText(verbatim: "."),
            ] + (context.deadlineStatus.map { [$0] } ?? []) + [
                LocalizedText(en: "Please end the service on ", fr: "Merci de mettre fin au service le ") + context.end
                    + LocalizedText(en: " and confirm in writing the cancellation, the end date and any amount still due.",
                                    fr: " et de confirmer par écrit la résiliation, la date de fin et tout montant encore dû."),
            ] + extra + [context.signature],
            extraPlaceholders: extraPlaceholders,
            citation: plan.steps.last?.citation)
    }

    /// A support-call script: what to have ready, then what to ask.
    public static func callScript(for plan: some CancellationPlan, context: NoticeContext, haveReady: [LocalizedText],
                                  extraPlaceholders: [NoticePlaceholder] = [], citation: Citation? = nil) -> Notice {
        let name = context.vendorName
        var ready = LocalizedText(en: "Have ready before you call:", fr: "À préparer avant d’appeler :")
        for item in haveReady { ready = ready + LocalizedText(verbatim: "\n- ") + item }
        return Notice(
            kind: .callScript, recipient: plan.contact,
            subject: LocalizedText(en: "Support call: cancel the \(name) subscription", fr: "Appel à l’assistance : résilier l’abonnement \(name)"),
            paragraphs: [
                context.date,
                ready,
                LocalizedText(en: "Say: “I am calling for ", fr: "Dites : « J’appelle pour ") + context.sender
                    + LocalizedText(en: " to cancel our \(name) subscription. It must not renew on ",
                                    fr: " afin de résilier notre abonnement \(name). Il ne doit pas être renouvelé le ")
                    + context.renewal + LocalizedText(en: "; please end it on ", fr: " ; merci d’y mettre fin le ") + context.end
                    + LocalizedText(en: ".”", fr: ". »"),
            ] + (context.deadlineStatus.map { [$0] } ?? []) + [
                LocalizedText(en: "Ask for a written confirmation (email) of the cancellation and the end date, and note the name of the agent and a case number.",
                              fr: "Demandez une confirmation écrite (e-mail) de la résiliation et de la date de fin, et notez le nom de l’agent et un numéro de dossier."),
            ],
            extraPlaceholders: extraPlaceholders,
            citation: citation ?? plan.steps.first?.citation)
    }

    /// French “que”, elided before a vowel: “en tant qu’administrateur”.
    static func que(before word: String) -> String {
        French.elides(word) ? "qu’" : "que "
    }

    /// One line per step: the text, then its menu path when it has one.
    public static func clickPath(_ steps: [Step]) -> [LocalizedText] {
        steps.map { step in
            guard let first = step.path.first else { return step.text }
            var path = first
            for item in step.path.dropFirst() { path = path + LocalizedText(verbatim: " > ") + item }
            return step.text + LocalizedText(verbatim: " (") + path + LocalizedText(verbatim: ")")
        }
    }
}
