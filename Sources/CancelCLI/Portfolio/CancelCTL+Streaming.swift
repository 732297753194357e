import CancelCore
import CancelPortfolio

extension CancelCTL {
    /// Runs like ``run(_:)`` but writes to the sinks as it goes, so
    /// `portfolio` streams its rows instead of holding the whole output.
    public func runStreaming(_ arguments: [String], stdout: any OutputSink, stderr: any OutputSink) -> Int32 {
        let parser = CommandLineParser(registry: registry, environment: environment, today: today)
        if case .portfolio(let request)? = try? parser.parse(arguments) {
            return PortfolioCommand(registry: registry, colour: colour).run(request, stdout: stdout, stderr: stderr)
        }
        let output = run(arguments)
        output.stdout.utf8CString.withUnsafeBytes { _ = stdout.write(UnsafeRawBufferPointer(rebasing: $0.dropLast())) }
        output.stderr.utf8CString.withUnsafeBytes { _ = stderr.write(UnsafeRawBufferPointer(rebasing: $0.dropLast())) }
        return output.exitCode
    }
}
