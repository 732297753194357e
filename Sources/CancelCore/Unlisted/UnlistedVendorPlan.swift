/// A subscription of a vendor cancelctl has no rules for, planned from the
/// contract terms the user gives and from general practice, saying so.
public struct UnlistedVendorPlan: CancellationPlan {
    /// The vendor's name as the user typed it, trimmed.
    private let name: String
    public let facts: AccountFacts
    public let channel: Channel
    public let requiredRoles: [Role] = [.signatory]
    public let schedule: RenewalSchedule?
    public let missingFacts: FactList
    public var isKnownVendor: Bool { false }

    public init(vendorName: String, facts: AccountFacts) {
        self.init(trimmedVendorName: vendorName.trimmingSpaces, facts: facts)
    }

    /// The same for a name already trimmed (``VendorRegistry/resolve(_:)``
    /// trims it): a portfolio plans many rows of the same vendor, and
    /// trimming again cost some 160 instructions a row.
    init(trimmedVendorName name: String, facts: AccountFacts) {
        self.name = name
        channel = facts.channel ?? .unknown
        (schedule, missingFacts) = UnlistedVendorPlan.terms(facts)
        self.facts = facts
    }

    /// The schedule and the missing facts of a plan for `facts`, whoever the vendor.
    @inline(__always)
    private static func terms(_ facts: AccountFacts) -> (RenewalSchedule?, FactList) {
        let schedule = facts.schedule(notice: .unknownLength, citation: UnlistedVendor.noticeClause)
        var missing = facts.missingDates(schedule: schedule, notice: .unknownLength)
        // The channel matters only when something must be sent.
        if facts.channel == nil && !(schedule?.endsWithoutNotice ?? false) { missing.append(.channel) }
        return (schedule, missing)
    }

    /// The ``outline`` of the plan for `facts`, whatever the vendor's name,
    /// without making the plan: a portfolio triages an unlisted row from
    /// this alone, and the plan's copy of the facts, its name and its roles
    /// array cost some 300 instructions a row.
    public static func outline(for facts: AccountFacts) -> PlanOutline {
        let (schedule, missing) = terms(facts)
        return PlanOutline(today: facts.today, channel: facts.channel ?? .unknown,
                           roleBits: 1 << UInt32(Role.signatory.index), missingBits: missing.bits, schedule: schedule,
                           effectiveEndDate: schedule?.endDate, noticeSent: facts.noticeSent, confirmed: facts.confirmed)
    }

    /// Built when read: a portfolio plans a row from its outline and never
    /// reads it, and building it (its sources' titles name the vendor) was
    /// most of an unlisted row's cost.
    public var vendor: VendorDescription { UnlistedVendor.description(name: name) }

    /// Any product name is kept as given: there is no list to check it against.
    public var product: Product? {
        facts.product.map { Product(id: $0, name: LocalizedText(verbatim: $0)) }
    }

    public var readFacts: Set<Fact> {
        Set(Fact.allCases.filter { $0.isContractTerm || $0.isForUnlistedVendors || $0 == .product })
    }

    public var contact: LocalizedText? {
        facts.contact.map { LocalizedText(verbatim: UntrustedText.singleLine($0)) }
    }

    /// Where the notice goes, for sentences.
    var destination: LocalizedText {
        contact ?? LocalizedText(en: "the address your contract gives for notices", fr: "l’adresse que votre contrat prévoit pour les résiliations")
    }

    public var steps: [Step] {
        let cite = UnlistedVendor.steps
        var steps = [Step(LocalizedText(
            en: "Find your signed \(name) contract (or order form and terms) and its cancellation or notice clause: how much notice, in what form, and to whom.",
            fr: "Retrouvez votre contrat \(name) signé (ou bon de commande et conditions) et sa clause de résiliation ou de préavis : quel préavis, sous quelle forme et à qui."),
            citation: cite)]
        switch channel {
        case .selfService:
            steps.append(Step(LocalizedText(
                en: "Cancel in the \(name) account’s billing or subscription settings, signed in as an administrator, and save the confirmation screen or email.",
                fr: "Résiliez dans les paramètres de facturation ou d’abonnement du compte \(name), connecté en administrateur, et conservez l’écran ou l’e-mail de confirmation."),
                citation: cite))
        case .support:
            steps.append(Step(LocalizedText(en: "Contact \(name) support (", fr: "Contactez l’assistance \(name) (") + destination + LocalizedText(
                en: ") and ask to cancel; get a written confirmation and a case number.",
                fr: ") et demandez la résiliation ; obtenez une confirmation écrite et un numéro de dossier."),
                citation: cite))
        case .accountManager:
            steps.append(Step(LocalizedText(en: "Write to your \(name) account manager (", fr: "Écrivez à votre gestionnaire de compte \(name) (") + destination + LocalizedText(
                en: ") to give notice, keeping proof of receipt.",
                fr: ") pour notifier la résiliation, en gardant une preuve de réception."),
                citation: cite))
        case .email, .unknown:
            steps.append(Step(LocalizedText(en: "Send a written notice to ", fr: "Envoyez une résiliation écrite à ") + destination + LocalizedText(
                en: ", in the form the contract asks for, with proof of receipt (an acknowledged email or a registered letter).",
                fr: ", dans la forme prévue par le contrat, avec preuve de réception (e-mail avec accusé de réception ou lettre recommandée)."),
                citation: cite))
        }
        steps.append(Step(LocalizedText(
            en: "Keep the written confirmation: the cancellation, the end date and any amount still due.",
            fr: "Conservez la confirmation écrite : la résiliation, la date de fin et tout montant encore dû."),
            citation: cite))
        return steps
    }

    public var preparations: [Preparation] {
        let cite = UnlistedVendor.preparation
        return [
            Preparation(id: "check-signatory", LocalizedText(
                en: "Check who may give notice for the company under the contract (often whoever signed it, or an administrator of the account).",
                fr: "Vérifiez qui peut résilier pour l’entreprise selon le contrat (souvent le signataire, ou un administrateur du compte)."),
                timing: .beforeActing, citation: cite),
            Preparation(id: "export-data", LocalizedText(
                en: "Export the data you need while you still have access.",
                fr: "Exportez les données dont vous avez besoin tant que vous y avez accès."),
                timing: .beforeEnd, isMilestone: true, citation: cite),
            Preparation(id: "disconnect-integrations", LocalizedText(
                en: "Disconnect integrations, widgets, single sign-on and DNS records that point at the service.",
                fr: "Déconnectez les intégrations, widgets, authentification unique et enregistrements DNS qui pointent vers le service."),
                timing: .beforeEnd, citation: cite),
        ]
    }

    public var stillBilled: [CitedText] {
        [CitedText(LocalizedText(
            en: "Usage and add-ons up to the end date may still be invoiced: check the final invoice against the end date.",
            fr: "L’utilisation et les options jusqu’à la date de fin peuvent encore être facturées : vérifiez la facture finale au regard de la date de fin."),
            citation: UnlistedVendor.afterwards)]
    }

    public var refund: Refund {
        Refund(.unknown, LocalizedText(
            en: "No vendor source: your contract’s terms decide whether anything is refunded.",
            fr: "Aucune source du fournisseur : les conditions de votre contrat décident d’un éventuel remboursement."),
            citation: UnlistedVendor.afterwards)
    }

    public var consequences: [CitedText] {
        [CitedText(LocalizedText(
            en: "What happens to your data after the end is set by the vendor’s terms: export it before the end.",
            fr: "Le sort de vos données après la fin dépend des conditions du fournisseur : exportez-les avant la fin."),
            citation: UnlistedVendor.afterwards)]
    }

    public var warnings: [Warning] {
        [Warning(id: "no-vendor-guidance", LocalizedText(
            en: "cancelctl has no rules for “\(name)”: this plan rests only on the contract terms you gave and on general practice. Check your contract and \(name)’s own help pages.",
            fr: "cancelctl n’a pas de règles pour « \(name) » : ce plan repose uniquement sur les conditions de contrat données et sur la pratique générale. Vérifiez votre contrat et les pages d’aide \(French.de(name))."),
            citation: UnlistedVendor.steps)]
    }

    public var extraTimeline: [TimelineEntry] {
        guard let end = effectiveEndDate else { return [] }
        return [TimelineEntry(id: "final-invoice", date: end, action: LocalizedText(
            en: "Watch for a final \(name) invoice and check it against the end date",
            fr: "Surveiller la facture finale \(name) et la vérifier au regard de la date de fin"),
            citation: UnlistedVendor.afterwards)]
    }
}
