import CancelCore

/// Turns JSON text back into a ``PlanReport``. The suite has no JSON parser
/// of its own (it loads no Foundation), so the host passes one, e.g.
/// `{ try JSONDecoder().decode(PlanReport.self, from: Data($0.utf8)) }`.
public typealias ReportDecoder = @Sendable (String) throws -> PlanReport
