import CancelCore

/// The output formats of `portfolio`.
public enum PortfolioFormat: String, CaseIterable, Sendable {
    case text
    case csv
    case jsonl
    case json
    case ics
}

/// Row order: most urgent first (collects every row), or file order
/// (streams in constant memory).
public enum PortfolioSort: String, CaseIterable, Sendable {
    case urgency
    case input
}

/// A checked `portfolio` request.
public struct PortfolioRequest: CommandRequest, Equatable {
    /// A file path, or `-` for standard input.
    public var input: String
    /// nil: detected from the content.
    public var inputFormat: PortfolioInputFormat?
    public var format: PortfolioFormat
    public var sort: PortfolioSort
    public var horizon: Int
    public var today: CalendarDate
    public var language: Language
    /// Where to write rejected rows, unchanged.
    public var errorsPath: String?
    /// Where to write the output instead of stdout (`--output`), atomically.
    public var output: String?

    public init(input: String, inputFormat: PortfolioInputFormat? = nil, format: PortfolioFormat = .text,
                sort: PortfolioSort = .urgency, horizon: Int = PortfolioTriage.defaultHorizon, today: CalendarDate,
                language: Language = .en, errorsPath: String? = nil, output: String? = nil) {
        self.output = output
        self.input = input
        self.inputFormat = inputFormat
        self.format = format
        self.sort = sort
        self.horizon = horizon
        self.today = today
        self.language = language
        self.errorsPath = errorsPath
    }
}

extension PortfolioRequest {
    public func run(in cli: CancelCTL) -> CommandOutput {
        let out = MemorySink(), err = MemorySink()
        let code = run(in: cli, stdout: out, stderr: err)
        return CommandOutput(stdout: out.text, stderr: err.text, exitCode: code)
    }

    /// Streams the rows to stdout, or to `--output`, which replaces the old
    /// file only once every row is written.
    public func run(in cli: CancelCTL, stdout: any OutputSink, stderr: any OutputSink) -> Int32 {
        guard let output else { return PortfolioCommand(registry: cli.registry).run(self, stdout: stdout, stderr: stderr) }
        let file: OutputFile
        do {
            file = try OutputFile.open(output)
        } catch {
            stderr.write(CancelCTL.errorPrefix[language] + error.message[language] + "\n")
            return ExitCode.cannotCreate
        }
        let code = PortfolioCommand(registry: cli.registry, outputPath: output).run(self, stdout: file.sink, stderr: stderr)
        // A partial output (the input or the file failed) never replaces the old file.
        guard code != ExitCode.io, file.sink.failure == nil else {
            file.abandon()
            return code
        }
        do {
            try file.commit()
        } catch {
            stderr.write(CancelCTL.errorPrefix[language] + error.message[language] + "\n")
            return ExitCode.cannotCreate
        }
        return code
    }
}
