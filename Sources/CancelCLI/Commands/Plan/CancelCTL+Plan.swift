import CancelCore

/// `plan` and `notice`: the plan in every format, the notice, and `--output`.
extension CancelCTL {
    func plan(_ request: PlanRequest) -> CommandOutput {
        let plan: any CancellationPlan
        do {
            plan = try registry.plan(vendor: request.vendor, facts: request.facts)
        } catch {
            return usageFailure(error, language: request.language)
        }
        return deliver(render(plan, request), to: request.output, language: request.language)
    }

    func render(_ plan: some CancellationPlan, _ request: PlanRequest) -> CommandOutput {
        let l = request.language
        let report = plan.report(in: l)
        switch request.format {
        case .text:
            // A file is never a terminal: no escape codes in it.
            return CommandOutput(stdout: PlanTextRenderer(colour: colour && request.output == nil).render(report))
        case .json: return json(report, language: l)
        case .markdown: return CommandOutput(stdout: MarkdownRenderer().render(report))
        case .ics: return CommandOutput(stdout: CalendarRenderer().render(report, account: request.account))
        }
    }

    func notice(_ request: NoticeRequest) -> CommandOutput {
        let l = request.plan.language
        let plan: any CancellationPlan
        do {
            plan = try registry.plan(vendor: request.plan.vendor, facts: request.plan.facts)
        } catch {
            return usageFailure(error, language: l)
        }
        let report = NoticeReport(plan: plan, details: request.details, language: l)
        let output: CommandOutput = switch request.plan.format {
        case .json: json(report, language: l)
        case .text, .markdown, .ics: CommandOutput(stdout: NoticeTextRenderer().render(report))
        }
        return deliver(output, to: request.plan.output, language: l)
    }

    /// `output` written to `path` instead of stdout, when one is given; a
    /// write that fails gives one error line and exit 73.
    func deliver(_ output: CommandOutput, to path: String?, language: Language) -> CommandOutput {
        guard let path, output.exitCode == ExitCode.success else { return output }
        do {
            try OutputFile.write(output.stdout, to: path)
        } catch {
            return CommandOutput(stderr: CancelCTL.errorPrefix[language] + error.message[language] + "\n", exitCode: ExitCode.cannotCreate)
        }
        return CommandOutput(stderr: output.stderr, exitCode: output.exitCode)
    }
}
