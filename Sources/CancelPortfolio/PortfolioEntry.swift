import CancelCore

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
    private let sentDay: Int32
    private let confirmedDay: Int32
    /// True when the notice was sent after its deadline: the contract
    /// renewed, ``endDate`` is the rolled end and ``missedDeadline`` the
    /// deadline the notice missed.
    public let late: Bool

    private static let noDay = Int32.min

    /// The vendor index of a row whose vendor cancelctl has no rules for.
    public static let unlistedVendorIndex = Int(UInt16.max)

    /// True for a row planned from its contract terms alone.
    public var isUnlistedVendor: Bool { Int(vendorIndex) == PortfolioEntry.unlistedVendorIndex }

    /// An entry from roles and missing facts as bit sets, as
    /// ``PlanOutline`` gives them: bit i is `Role.allCases[i]`, `Fact.allCases[i]`.
    public init(line: Int, vendorIndex: Int, status: PortfolioStatus, action: PortfolioAction, channel: Channel,
                roleBits: UInt32, missingBits: UInt32, today: CalendarDate, deadline: CalendarDate?,
                actionDate: CalendarDate?, endDate: CalendarDate?, missedDeadline: CalendarDate?,
                noticeSent: CalendarDate? = nil, confirmed: CalendarDate? = nil, late: Bool = false) {
        self.line = line
        self.late = late
        self.vendorIndex = UInt16(clamping: vendorIndex)
        self.status = status
        self.action = action
        self.channel = channel
        self.roleBits = roleBits
        self.missingBits = missingBits
        // CalendarDate day numbers lie within years 1...9999: they fit in 32 bits.
        func day(_ date: CalendarDate?) -> Int32 { date.map { Int32(clamping: $0.dayNumber) } ?? PortfolioEntry.noDay }
        todayDay = day(today)
        deadlineDay = day(deadline)
        actionDay = day(actionDate)
        endDay = day(endDate)
        missedDay = day(missedDeadline)
        sentDay = day(noticeSent)
        confirmedDay = day(confirmed)
    }

    /// An entry from lists of roles and missing facts.
    public init(line: Int, vendorIndex: Int, status: PortfolioStatus, action: PortfolioAction, channel: Channel,
                roles: [Role], missingFacts: [Fact], today: CalendarDate, deadline: CalendarDate?,
                actionDate: CalendarDate?, endDate: CalendarDate?, missedDeadline: CalendarDate?,
                noticeSent: CalendarDate? = nil, confirmed: CalendarDate? = nil, late: Bool = false) {
        self.init(line: line, vendorIndex: vendorIndex, status: status, action: action, channel: channel,
                  roleBits: roles.reduce(0) { $0 | 1 << UInt32($1.index) },
                  missingBits: missingFacts.reduce(0) { $0 | 1 << UInt32($1.index) },
                  today: today, deadline: deadline, actionDate: actionDate, endDate: endDate,
                  missedDeadline: missedDeadline, noticeSent: noticeSent, confirmed: confirmed, late: late)
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
    /// The day the notice was sent, as the file says.
    public var noticeSent: CalendarDate? { date(sentDay) }
    /// The day the vendor confirmed the cancellation, as the file says.
    public var confirmed: CalendarDate? { date(confirmedDay) }
    /// Days from today to the deadline (0: today is the last day).
    public var daysLeft: Int? { deadlineDay == PortfolioEntry.noDay ? nil : Int(deadlineDay) - Int(todayDay) }

    /// ``urgencyOrder`` without the line, as one number: sorting by it and
    /// then by line gives the same order with a cheaper comparison.
    public var urgencyKey: UInt64 {
        let day = actionDay == PortfolioEntry.noDay ? Int32.max : actionDay
        // Flipping the sign bit orders Int32 values as unsigned ones.
        return UInt64(UInt32(bitPattern: day) ^ 0x8000_0000) << 8 | UInt64(UInt8(clamping: status.urgency))
    }

    /// Most urgent first: by the date of the next action (a `missed` row
    /// whose rolled deadline is months away comes after an `act-soon` row
    /// due next week; rows with nothing to do come last), then by status,
    /// then input order.
    public static func urgencyOrder(_ a: PortfolioEntry, _ b: PortfolioEntry) -> Bool {
        let (ka, kb) = (a.urgencyKey, b.urgencyKey)
        return ka != kb ? ka < kb : a.line < b.line
    }
}
