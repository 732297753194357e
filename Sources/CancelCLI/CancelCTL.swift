import CancelCore
import CancelPortfolio

/// The command-line front end as a value: arguments, environment and today
/// in; what to print and the exit code out. It knows no subcommand by name:
/// the parser finds the command in ``CommandTable`` and the request runs.
public struct CancelCTL: Sendable {
    public static let version = "0.1.0"
    /// Starts every error line on stderr.
    public static let errorPrefix = LocalizedText(en: "Error: ", fr: "Erreur : ")

    public let registry: VendorRegistry
    public let environment: [String: String]
    /// Today when `--today` is not given, asked only then (see
    /// ``CommandLineParser``).
    private let clock: @Sendable () -> CalendarDate
    public var today: CalendarDate { clock() }
    /// True when terminal text may be coloured: the executable decides it
    /// (stdout is a terminal and NO_COLOR is unset), rendering stays pure.
    public let colour: Bool

    public init(registry: VendorRegistry, environment: [String: String], today: CalendarDate, colour: Bool = false) {
        self.init(registry: registry, environment: environment, clock: { today }, colour: colour)
    }

    public init(registry: VendorRegistry, environment: [String: String], clock: @escaping @Sendable () -> CalendarDate,
                colour: Bool = false) {
        self.registry = registry
        self.environment = environment
        self.clock = clock
        self.colour = colour
    }

    var parser: CommandLineParser { CommandLineParser(registry: registry, environment: environment, clock: clock) }

    /// The whole answer in memory (tests, embedders).
    public func run(_ arguments: [String]) -> CommandOutput {
        do {
            return execute(try parser.parse(arguments))
        } catch {
            return usageFailure(error, arguments: arguments)
        }
    }

    /// Like ``run(_:)``, writing to the sinks as it goes (`portfolio`
    /// streams its rows); the arguments are parsed once.
    public func runStreaming(_ arguments: [String], stdout: any OutputSink, stderr: any OutputSink) -> Int32 {
        do {
            let invocation = try parser.parse(arguments)
            return invocation.request.run(in: self, stdout: stdout, stderr: stderr)
        } catch {
            return usageFailure(error, arguments: arguments).write(to: stdout, stderr: stderr, language: parser.language(for: arguments))
        }
    }

    public func execute(_ invocation: Invocation) -> CommandOutput {
        invocation.request.run(in: self)
    }

    /// `Error: ...` and the usage of the command, exit 64.
    func usageFailure(_ error: UsageError, arguments: [String]) -> CommandOutput {
        let language = parser.language(for: arguments)
        let help = HelpText(registry: registry, language: language)
        return CommandOutput(stderr: CancelCTL.errorPrefix[language] + error.message[language] + "\n" + help.short(for: error.subcommand),
                             exitCode: ExitCode.usage)
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
