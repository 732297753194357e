import CancelCore

/// A checked `notice` request: the plan it is written for, and who sends it.
public struct NoticeRequest: Sendable, Equatable {
    public let plan: PlanRequest
    public let details: NoticeDetails

    public init(plan: PlanRequest, details: NoticeDetails) {
        self.plan = plan
        self.details = details
    }
}
