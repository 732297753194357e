/// A dated action in a plan.
public struct TimelineEntry: Hashable, Sendable {
    /// Kebab-case, stable across runs: calendars derive event ids from it.
    public let id: String
    public let date: CalendarDate
    public let action: LocalizedText
    /// True for a date that must not be missed (reminders go before it).
    public let isDeadline: Bool
    public let citation: Citation?
    /// What the entry is, for renderers: they pick the entries that carry
    /// the steps, or style an entry, by kind and never by id, so a new
    /// vendor's entries render right without the renderers knowing them.
    public let kind: Kind

    /// The kinds of dated actions a timeline holds.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// Work to do before cancelling (export data, port numbers).
        case preparation
        /// The cancellation itself: send the notice, cancel, request it.
        case cancellingAction = "cancelling-action"
        /// The last day the cancellation is on time.
        case deadline
        /// The day the service stops.
        case end
        /// What follows the end (a final invoice, removing a script).
        case followUp = "follow-up"
    }

    public init(id: String, date: CalendarDate, action: LocalizedText, isDeadline: Bool = false, citation: Citation? = nil,
                kind: Kind = .followUp) {
        self.kind = kind
        self.id = id
        self.date = date
        self.action = action
        self.isDeadline = isDeadline
        self.citation = citation
    }
}
