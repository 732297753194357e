/// Turns a plan into a portfolio entry from its schedule, channel, roles
/// and missing facts only: no localized report and no timeline are built,
/// which keeps a million rows cheap.
public enum PortfolioTriage {
    /// The horizon `--horizon` defaults to, in days.
    public static let defaultHorizon = 30
    public static let horizonRange = 0...3650

    public static func entry<Plan: CancellationPlan>(for plan: Plan, line: Int, vendorIndex: Int, horizon: Int) -> PortfolioEntry {
        let today = plan.facts.today
        let schedule = plan.schedule
        let missing = plan.missingFacts.map(\.fact)
        let status: PortfolioStatus
        let action: PortfolioAction
        var deadline: CalendarDate?
        var actionDate: CalendarDate?
        if let schedule, let last = schedule.lastDayToAct {
            deadline = last
            actionDate = last
            action = schedule.notice.requiresNotice ? .sendNotice : .cancel
            if schedule.deadlineMissed {
                status = .missed
            } else {
                status = last.days(since: today) <= horizon ? .actSoon : .ok
            }
        } else if let schedule, schedule.endsWithoutNotice, missing.isEmpty {
            // The contract ends by itself: nothing to send, only to confirm.
            status = .noDeadline
            action = .none
        } else if schedule != nil || !missing.isEmpty {
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
                              roles: plan.requiredRoles, missingFacts: missing, today: today, deadline: deadline,
                              actionDate: actionDate, endDate: plan.effectiveEndDate,
                              missedDeadline: schedule?.missedDeadline)
    }
}
