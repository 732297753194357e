import CancelCore
import CancelPortfolio

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
            case .json, .markdown, .ics: return json(summaries, language: language)
            }
        case .explain(let vendor, let format, let language):
            let description: VendorDescription
            do {
                description = try registry.policy(id: vendor).description
            } catch {
                return usageFailure(error, language: language)
            }
            let summary = VendorSummary(description, language: language)
            switch format {
            case .text: return CommandOutput(stdout: VendorTextRenderer().explain(summary, language: language))
            case .json, .markdown, .ics: return json(summary, language: language)
            }
        case .plan(let request):
            let plan: any CancellationPlan
            do {
                plan = try registry.plan(vendor: request.vendor, facts: request.facts)
            } catch {
                return usageFailure(error, language: request.language)
            }
            return deliver(render(plan, request), to: request.output, language: request.language)
        case .notice(let request):
            return notice(request)
        case .portfolio(let request):
            let out = MemorySink(), err = MemorySink()
            let code = PortfolioCommand(registry: registry, colour: colour).run(request, stdout: out, stderr: err)
            return CommandOutput(stdout: out.text, stderr: err.text, exitCode: code)
        }
    }

    /// One error line for input the registry refused, named as typed.
    func usageFailure(_ error: InputError, language: Language) -> CommandOutput {
        CommandOutput(stderr: CancelCTL.errorPrefix[language] + error.withOptionPrefix.message(in: language) + "\n",
                      exitCode: ExitCode.usage)
    }

    func json(_ value: some Encodable, language: Language) -> CommandOutput {
        do {
            return CommandOutput(stdout: try JSONValueEncoder().encode(value).serialized() + "\n")
        } catch {
            let reason = LocalizedText(en: "could not encode the output as JSON: \(error)",
                                       fr: "impossible d’encoder la sortie en JSON : \(error)")
            return CommandOutput(stderr: CancelCTL.errorPrefix[language] + reason[language] + "\n", exitCode: ExitCode.io)
        }
    }
}
