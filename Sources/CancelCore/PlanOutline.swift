/// The few values a triage reads from a plan (dates, channel, roles and
/// missing facts as bit sets), in one small value with no reference inside.
///
/// `cancelctl portfolio` plans a million rows through a plan type known
/// only at run time: each property it read through the protocol copied the
/// whole facts or schedule (strings included) and released them again.
/// ``CancellationPlan/outline`` is one call instead, specialized for each
/// plan type where that type is declared, so it reads the stored values in
/// place. Vendor authors never write it.
public struct PlanOutline: Hashable, Sendable {
    public var today: CalendarDate
    public var channel: Channel
    /// ``CancellationPlan/requiredRoles`` as a bit set: bit i is `Role.allCases[i]`.
    public var roleBits: UInt32
    /// ``CancellationPlan/missingFacts`` as a bit set: bit i is `Fact.allCases[i]`.
    public var missingBits: UInt32
    /// True when the plan has a ``RenewalSchedule``.
    public var hasSchedule: Bool
    /// ``RenewalSchedule/endsWithoutNotice``; false without a schedule.
    public var endsWithoutNotice: Bool
    /// ``RenewalSchedule/deadlineMissed``; false without a schedule.
    public var deadlineMissed: Bool
    /// True when the schedule's notice rule needs a notice sent by a deadline.
    public var requiresNotice: Bool
    public var lastDayToAct: CalendarDate?
    public var missedDeadline: CalendarDate?
    public var effectiveEndDate: CalendarDate?
    /// The day the notice was sent, as the facts say.
    public var noticeSent: CalendarDate?
    /// The day the vendor confirmed the cancellation, as the facts say.
    public var confirmed: CalendarDate?

    @inlinable
    public init(today: CalendarDate, channel: Channel, roleBits: UInt32, missingBits: UInt32, schedule: __shared RenewalSchedule?,
                effectiveEndDate: CalendarDate?, noticeSent: CalendarDate?, confirmed: CalendarDate?) {
        self.today = today
        self.channel = channel
        self.roleBits = roleBits
        self.missingBits = missingBits
        // The schedule is borrowed (`__shared`) and read once, in place,
        // through `?.`: binding it or reading each field through its own
        // `?.` copied it and tested its case again for every field.
        if let read = schedule?.outlineFields {
            hasSchedule = true
            endsWithoutNotice = read.endsWithoutNotice
            deadlineMissed = read.deadlineMissed
            requiresNotice = read.requiresNotice
            lastDayToAct = read.lastDayToAct
            missedDeadline = read.missedDeadline
        } else {
            hasSchedule = false
            endsWithoutNotice = false
            deadlineMissed = false
            requiresNotice = false
            lastDayToAct = nil
            missedDeadline = nil
        }
        self.effectiveEndDate = effectiveEndDate
        self.noticeSent = noticeSent
        self.confirmed = confirmed
    }
}

extension CancellationPlan {
    /// The default for every plan: read in place from the plan's own
    /// properties. `@inlinable` so each vendor's module specializes it for
    /// its plan type.
    @inlinable
    public var outline: PlanOutline {
        var roles: UInt32 = 0
        for role in requiredRoles { roles |= 1 << UInt32(role.index) }
        return PlanOutline(today: facts.today, channel: channel, roleBits: roles, missingBits: missingFacts.bits, schedule: schedule,
                           effectiveEndDate: effectiveEndDate, noticeSent: facts.noticeSent, confirmed: facts.confirmed)
    }
}
