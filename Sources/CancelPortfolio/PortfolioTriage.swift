import CancelCore

/// Turns a plan into a portfolio entry from its ``PlanOutline`` only:
/// dates, channel, roles and missing facts. No localized report, no
/// timeline, and no copy of the plan's facts or schedule are made, which
/// keeps a million rows cheap.
public enum PortfolioTriage {
    /// The horizon `--horizon` defaults to, in days.
    public static let defaultHorizon = 30
    public static let horizonRange = 0...3650

    public static func entry<Plan: CancellationPlan>(for plan: Plan, line: Int, vendorIndex: Int, horizon: Int) -> PortfolioEntry {
        entry(for: plan.outline, line: line, vendorIndex: vendorIndex, horizon: horizon)
    }

    /// The entry of the plan `policy` makes for `facts`, without the plan
    /// passing through the protocol: the cheapest way for a known vendor.
    public static func entry<Policy: VendorPolicy>(_ policy: Policy.Type, facts: AccountFacts, line: Int, vendorIndex: Int,
                                                   horizon: Int) -> PortfolioEntry {
        entry(for: Policy.outline(for: facts), line: line, vendorIndex: vendorIndex, horizon: horizon)
    }

    /// The entry of a plan's outline: the status, the next action and its date.
    public static func entry(for plan: PlanOutline, line: Int, vendorIndex: Int, horizon: Int) -> PortfolioEntry {
        let today = plan.today
        let status: PortfolioStatus
        let action: PortfolioAction
        var deadline: CalendarDate?
        var actionDate: CalendarDate?
        if let sent = plan.noticeSent ?? plan.confirmed {
            // Already acted on: no deadline to meet. A late notice shows
            // the deadline it missed and the rolled end (the schedule decides
            // the roll as of the day it was sent).
            if plan.confirmed != nil {
                status = .cancelled
                action = .none
            } else {
                status = .noticeSent
                action = .chaseConfirmation
                actionDate = max(today, sent.adding(businessDays: TimelineBuilder.confirmationChaseBusinessDays))
            }
        } else if plan.endsWithoutNotice {
            // The contract does not renew (auto-renew no): nothing to send.
            status = .noDeadline
            action = .none
        } else if let last = plan.lastDayToAct {
            deadline = last
            actionDate = last
            action = plan.requiresNotice ? .sendNotice : .cancel
            if plan.deadlineMissed {
                status = .missed
            } else {
                status = last.days(since: today) <= horizon ? .actSoon : .ok
            }
        } else if plan.hasSchedule || plan.missingBits != 0 {
            status = .unknown
            action = .completeFacts
            actionDate = today
        } else if plan.effectiveEndDate != nil {
            // Cancelled now (an immediate cancellation): nothing renews.
            status = .noDeadline
            action = .cancel
            actionDate = today
        } else {
            status = .noDeadline
            action = .none
        }
        return PortfolioEntry(line: line, vendorIndex: vendorIndex, status: status, action: action, channel: plan.channel,
                              roleBits: plan.roleBits, missingBits: plan.missingBits, today: today, deadline: deadline,
                              actionDate: actionDate, endDate: plan.effectiveEndDate,
                              missedDeadline: plan.missedDeadline, noticeSent: plan.noticeSent,
                              confirmed: plan.confirmed,
                              late: (plan.noticeSent ?? plan.confirmed) != nil && plan.deadlineMissed)
    }
}
