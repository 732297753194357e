import CancelCore

/// The command-line front end as a value: arguments, environment and today
/// in; what to print and the exit code out.
public struct CancelCTL: Sendable {
    public static let version = "0.1.0"
    /// Starts every error line on stderr.
    public static let errorPrefix = LocalizedText(en: "Error: ", fr: "Erreur : ")

    public let registry: VendorRegistry
    public let environment: [String: String]
    public let today: CalendarDate
    /// True when terminal text may be coloured: the executable decides it
    /// (stdout is a terminal and NO_COLOR is unset), rendering stays pure.
    public let colour: Bool

    public init(registry: VendorRegistry, environment: [String: String], today: CalendarDate, colour: Bool = false) {
        self.registry = registry
        self.environment = environment
        self.today = today
        self.colour = colour
    }

    public func run(_ arguments: [String]) -> CommandOutput {
        let parser = CommandLineParser(registry: registry, environment: environment, today: today)
        do {
            return execute(try parser.parse(arguments))
        } catch {
            let language = parser.language(for: arguments)
            let help = HelpText(registry: registry, language: language)
            return CommandOutput(stderr: CancelCTL.errorPrefix[language] + error.message[language] + "\n" + help.short(for: error.subcommand),
                                 exitCode: ExitCode.usage)
        }
    }

    public func execute(_ invocation: Invocation) -> CommandOutput {
        switch invocation {
        case .version:
            return CommandOutput(stdout: CancelCTL.version + "\n")
        case .help(let subcommand, let language):
            return CommandOutput(stdout: HelpText(registry: registry, language: language).full(for: subcommand))
        case .vendors(let format, let language):
            let summaries = registry.descriptions.map { VendorSummary($0, language: language) }
            switch format {
            case .text: return CommandOutput(stdout: VendorTextRenderer().list(summaries, language: language))
            case .json, .markdown, .ics: return json(summaries)
            }
        case .explain(let vendor, let format, let language):
            guard let description = registry.descriptions.first(where: { $0.id == vendor }) else {
                return CommandOutput(stderr: "Error: vendor '\(vendor)' is not registered.\n", exitCode: ExitCode.usage)
            }
            let summary = VendorSummary(description, language: language)
            switch format {
            case .text: return CommandOutput(stdout: VendorTextRenderer().explain(summary, language: language))
            case .json, .markdown, .ics: return json(summary)
            }
        case .plan(let request):
            let plan: any CancellationPlan
            do {
                plan = try registry.plan(vendor: request.vendor, facts: request.facts)
            } catch {
                return CommandOutput(stderr: CancelCTL.errorPrefix[request.language] + error.withOptionPrefix.message(in: request.language) + "\n", exitCode: ExitCode.usage)
            }
            return deliver(render(plan, request), to: request.output, language: request.language)
        case .notice(let request):
            return notice(request)
        case .portfolio(let request):
            let out = MemorySink(), err = MemorySink()
            let code = PortfolioCommand(registry: registry).run(request, stdout: out, stderr: err)
            return CommandOutput(stdout: out.text, stderr: err.text, exitCode: code)
        }
    }

    func json(_ value: some Encodable) -> CommandOutput {
        do {
            return CommandOutput(stdout: try JSONValueEncoder().encode(value).serialized() + "\n")
        } catch {
            return CommandOutput(stderr: "Error: could not encode the output as JSON: \(error)\n", exitCode: ExitCode.io)
        }
    }
}
