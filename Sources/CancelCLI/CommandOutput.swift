#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCore

/// What a command prints and how it exits; the executable only writes it.
public struct CommandOutput: Equatable, Sendable {
    public var stdout: String
    public var stderr: String
    public var exitCode: Int32

    public init(stdout: String = "", stderr: String = "", exitCode: Int32 = 0) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }

    /// Writes both streams and returns the exit code: a failed write to
    /// stdout (closed, full disk, I/O error) adds one error line and exit 74;
    /// a reader that went away (EPIPE, as in `| head -1`) ends it quietly.
    public func write(to out: any OutputSink, stderr err: any OutputSink, language: Language) -> Int32 {
        var code = exitCode
        if !stdout.isEmpty, !out.write(stdout) {
            let failure = out.failure ?? EIO
            if failure != EPIPE {
                err.write(CancelCTL.errorPrefix[language] + OutputFileError.standardOutput(code: failure)[language] + "\n")
                code = ExitCode.io
            }
        }
        err.write(stderr)
        return code
    }
}
