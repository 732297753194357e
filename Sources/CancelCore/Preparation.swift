/// Something to do before cancelling, and how early to start it.
public struct Preparation: Hashable, Sendable {
    /// When it must be done; drives the plan's timeline.
    public enum Timing: String, Hashable, Sendable, Codable {
        /// Takes time (number porting): start today.
        case startNow = "start-now"
        /// Before sending the notice or pressing cancel.
        case beforeActing = "before-acting"
        /// Before the service ends (exports while access remains).
        case beforeEnd = "before-end"
    }

    /// Kebab-case, stable: identifies the item in JSON and calendars.
    public let id: String
    public let text: LocalizedText
    public let timing: Timing
    /// True when the timeline should show it as a dated action.
    public let isMilestone: Bool
    /// How long it takes at least, when the source says: the plan warns when
    /// it no longer fits before the service ends.
    public let leadTime: LeadTime?
    public let citation: Citation

    public init(id: String, _ text: LocalizedText, timing: Timing, isMilestone: Bool = false,
                leadTime: LeadTime? = nil, citation: Citation) {
        self.id = id
        self.text = text
        self.timing = timing
        self.isMilestone = isMilestone
        self.leadTime = leadTime
        self.citation = citation
    }
}
