import CancelCore

/// The in-house vendor's plan: a written notice 14 days before renewal.
struct InHousePlan: CancellationPlan {
    let facts: AccountFacts
    var vendor: VendorDescription { InHousePolicy.description }
    var channel: Channel { .email }
    var contact: LocalizedText? { LocalizedText(verbatim: "tools-team@intranet.example") }
    var requiredRoles: [Role] { [.billingContact] }
    var schedule: RenewalSchedule? { facts.schedule(notice: .daysBefore(14)) }
    var steps: [Step] {
        [Step(LocalizedText(en: "Email the tools team to end the licence.", fr: "Écrivez à l’équipe outils pour mettre fin à la licence."),
              citation: InHousePolicy.noticeSection)]
    }
    var preparations: [Preparation] { [] }
    var stillBilled: [CitedText] { [] }
    var refund: Refund {
        Refund(.none, LocalizedText(en: "No refund.", fr: "Pas de remboursement."), citation: InHousePolicy.noticeSection)
    }
    var consequences: [CitedText] { [] }
    var missingFacts: FactList {
        facts.missingDates(schedule: schedule)
    }
    var warnings: [Warning] { [] }
}
