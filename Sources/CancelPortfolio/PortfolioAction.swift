import CancelCore

/// The next thing to do for a subscription. Raw values are ids, never
/// translated; ``label`` is the short text for tables.
public enum PortfolioAction: String, CaseIterable, Sendable, Codable {
    /// Send the cancellation notice; the date is the notice deadline.
    case sendNotice = "send-notice"
    /// Cancel; the date is the last day to cancel before the renewal.
    case cancel
    /// Ask the vendor to confirm a notice already sent; the date is
    /// cancelctl's own rule: ``TimelineBuilder/confirmationChaseBusinessDays``
    /// business days after sending (today when that has passed).
    case chaseConfirmation = "chase-confirmation"
    /// Find the missing facts (listed in the row) so a deadline can be set.
    case completeFacts = "complete-facts"
    /// Nothing to do: the subscription ends by itself.
    case none

    public var label: LocalizedText {
        switch self {
        case .sendNotice: return LocalizedText(en: "send notice", fr: "envoyer préavis")
        case .cancel: return LocalizedText(en: "cancel", fr: "résilier")
        case .chaseConfirmation: return LocalizedText(en: "chase confirmation", fr: "relancer")
        case .completeFacts: return LocalizedText(en: "find facts", fr: "compléter")
        case .none: return LocalizedText(en: "nothing", fr: "rien")
        }
    }
}
