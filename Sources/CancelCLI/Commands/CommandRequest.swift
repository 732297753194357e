import CancelCore

/// What a command's `parse` returns: a fully checked request that runs
/// without failing on input. Requests are values, so a parsed command line
/// is compared in tests without running it.
public protocol CommandRequest: Sendable {
    /// The language of its output and of its error lines.
    var language: Language { get }
    /// The whole answer in memory.
    func run(in cli: CancelCTL) -> CommandOutput
    /// Written to the sinks as it goes; the default writes ``run(in:)``'s
    /// answer. `portfolio` streams its rows instead.
    func run(in cli: CancelCTL, stdout: any OutputSink, stderr: any OutputSink) -> Int32
    func isEqual(to other: any CommandRequest) -> Bool
}

extension CommandRequest {
    public func run(in cli: CancelCTL, stdout: any OutputSink, stderr: any OutputSink) -> Int32 {
        run(in: cli).write(to: stdout, stderr: stderr, language: language)
    }
}

extension CommandRequest where Self: Equatable {
    public func isEqual(to other: any CommandRequest) -> Bool {
        (other as? Self) == self
    }
}
