/// A dated action in a plan.
public struct TimelineEntry: Hashable, Sendable {
    /// Kebab-case, stable across runs: calendars derive event ids from it.
    public let id: String
    public let date: CalendarDate
    public let action: LocalizedText
    /// True for a date that must not be missed (reminders go before it).
    public let isDeadline: Bool
    public let citation: Citation?

    public init(id: String, date: CalendarDate, action: LocalizedText, isDeadline: Bool = false, citation: Citation? = nil) {
        self.id = id
        self.date = date
        self.action = action
        self.isDeadline = isDeadline
        self.citation = citation
    }
}
