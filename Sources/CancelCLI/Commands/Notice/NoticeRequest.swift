import CancelCore

/// A checked `notice` request: the plan it is written for, and who sends it.
public struct NoticeRequest: CommandRequest, Equatable {
    public let plan: PlanRequest
    public let details: NoticeDetails

    public init(plan: PlanRequest, details: NoticeDetails) {
        self.plan = plan
        self.details = details
    }

    public var language: Language { plan.language }

    public func run(in cli: CancelCTL) -> CommandOutput {
        cli.notice(self)
    }
}
