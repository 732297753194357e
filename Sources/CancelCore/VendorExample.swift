/// A scenario a vendor ships with its policy: facts in, the key fields of
/// the plan out. The shared conformance suite runs every vendor's examples,
/// as SwiftLint runs every rule's triggering and non-triggering examples.
public struct VendorExample: Sendable {
    /// What the plan must say; every field is checked exactly.
    public struct Expected: Hashable, Sendable {
        public let channel: Channel
        public let roles: [Role]
        public let noticeDeadline: String?
        public let deadlineMissed: Bool
        public let effectiveEndDate: String?
        public let missingFacts: [Fact]
        public let warnings: [String]

        public init(channel: Channel, roles: [Role], noticeDeadline: String?, deadlineMissed: Bool = false,
                    effectiveEndDate: String?, missingFacts: [Fact] = [], warnings: [String] = []) {
            self.channel = channel
            self.roles = roles
            self.noticeDeadline = noticeDeadline
            self.deadlineMissed = deadlineMissed
            self.effectiveEndDate = effectiveEndDate
            self.missingFacts = missingFacts
            self.warnings = warnings
        }
    }

    public let name: String
    /// `YYYY-MM-DD`: examples never depend on the clock.
    public let today: String
    /// Facts spelled as on the command line, parsed by ``FactParser``.
    public let facts: [Fact: String]
    public let expected: Expected

    public init(_ name: String, today: String, facts: [Fact: String], expect expected: Expected) {
        self.name = name
        self.today = today
        self.facts = facts
        self.expected = expected
    }
}
