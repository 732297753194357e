/// The triage of one subscription, compact (about 40 bytes) so a sorted
/// view of a million rows fits in memory: dates as day numbers, roles and
/// missing facts as bit sets, the vendor as an index into the registry.
/// The free-text name and owner are kept by whoever holds the entry.
public struct PortfolioEntry: Hashable, Sendable {
    public let line: Int
    /// Index of the vendor in ``VendorRegistry/policies``.
    public let vendorIndex: UInt16
    public let status: PortfolioStatus
    public let action: PortfolioAction
    public let channel: Channel
    /// ``requiredRoles`` as a bit set: bit i is `Role.allCases[i]`.
    public let roleBits: UInt32
    /// ``missingFacts`` as a bit set: bit i is `Fact.allCases[i]`.
    public let missingBits: UInt32
    private let deadlineDay: Int32
    private let actionDay: Int32
    private let endDay: Int32
    private let missedDay: Int32
    private let todayDay: Int32

    private static let noDay = Int32.min

    /// The vendor index of a row whose vendor cancelctl has no rules for.
    public static let unlistedVendorIndex = Int(UInt16.max)

    /// True for a row planned from its contract terms alone.
    public var isUnlistedVendor: Bool { Int(vendorIndex) == PortfolioEntry.unlistedVendorIndex }

    public init(line: Int, vendorIndex: Int, status: PortfolioStatus, action: PortfolioAction, channel: Channel,
                roles: [Role], missingFacts: [Fact], today: CalendarDate, deadline: CalendarDate?,
                actionDate: CalendarDate?, endDate: CalendarDate?, missedDeadline: CalendarDate?) {
        self.line = line
        self.vendorIndex = UInt16(clamping: vendorIndex)
        self.status = status
        self.action = action
        self.channel = channel
        var bits: UInt32 = 0
        for role in roles {
            if let index = Role.allCases.firstIndex(of: role) { bits |= 1 << UInt32(index) }
        }
        roleBits = bits
        var missing: UInt32 = 0
        for fact in missingFacts {
            if let index = Fact.allCases.firstIndex(of: fact) { missing |= 1 << UInt32(index) }
        }
        missingBits = missing
        // CalendarDate day numbers lie within years 1...9999: they fit in 32 bits.
        func day(_ date: CalendarDate?) -> Int32 { date.map { Int32(clamping: $0.dayNumber) } ?? PortfolioEntry.noDay }
        todayDay = day(today)
        deadlineDay = day(deadline)
        actionDay = day(actionDate)
        endDay = day(endDate)
        missedDay = day(missedDeadline)
    }

    private func date(_ day: Int32) -> CalendarDate? {
        day == PortfolioEntry.noDay ? nil : CalendarDate(dayNumber: Int(day))
    }

    /// Any one of these roles may cancel, in the vendor's order of ``Role``.
    public var requiredRoles: [Role] {
        Role.allCases.enumerated().filter { roleBits & (1 << UInt32($0.offset)) != 0 }.map(\.element)
    }

    /// Facts the plan needs to compute a deadline.
    public var missingFacts: [Fact] {
        Fact.allCases.enumerated().filter { missingBits & (1 << UInt32($0.offset)) != 0 }.map(\.element)
    }

    public var today: CalendarDate { CalendarDate(dayNumber: Int(todayDay)) }
    /// The notice deadline, or without one the last day to cancel before the
    /// renewal; the rolled one when the given one was missed.
    public var deadline: CalendarDate? { date(deadlineDay) }
    /// The last day to do ``action``.
    public var actionDate: CalendarDate? { date(actionDay) }
    /// The day the service stops if cancelled in time.
    public var endDate: CalendarDate? { date(endDay) }
    /// The deadline that passed, for a `missed` row.
    public var missedDeadline: CalendarDate? { date(missedDay) }
    /// Days from today to the deadline (0: today is the last day).
    public var daysLeft: Int? { deadlineDay == PortfolioEntry.noDay ? nil : Int(deadlineDay) - Int(todayDay) }

    /// ``urgencyOrder`` without the line, as one number: sorting by it and
    /// then by line gives the same order with a cheaper comparison.
    public var urgencyKey: UInt64 {
        let deadline = deadlineDay == PortfolioEntry.noDay ? Int32.max : deadlineDay
        // Flipping the sign bit orders Int32 values as unsigned ones.
        return UInt64(UInt8(clamping: status.urgency)) << 32 | UInt64(UInt32(bitPattern: deadline) ^ 0x8000_0000)
    }

    /// Most urgent first: by status, then deadline, then input order.
    public static func urgencyOrder(_ a: PortfolioEntry, _ b: PortfolioEntry) -> Bool {
        if a.status.urgency != b.status.urgency { return a.status.urgency < b.status.urgency }
        let da = a.deadlineDay == noDay ? Int32.max : a.deadlineDay
        let db = b.deadlineDay == noDay ? Int32.max : b.deadlineDay
        if da != db { return da < db }
        return a.line < b.line
    }
}
