import CancelCLI
import CancelCore
import CancelVendors
import FuzzSupport

/// Fuzzes the whole command line: the input split on NUL bytes is argv.
/// Whatever it is, the program must answer without trapping, with a known
/// exit code, nothing on stdout when it fails and an "Error" line on stderr.
///
/// A valid `portfolio` command line is parsed but not run: running it reads
/// any path (stdin, /dev/zero) and creates the `--errors` file wherever the
/// fuzzer says. The readers have their own harnesses.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let arguments = FuzzInput.fields(data, size)
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)
    let parser = CommandLineParser(registry: BuiltInVendors.registry, environment: [:], today: today)
    if let invocation = try? parser.parse(arguments), invocation.request is PortfolioRequest { return 0 }
    let output = CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today).run(arguments)
    fuzzCheck([0, 64, 65, 73, 74].contains(output.exitCode), "unknown exit code \(output.exitCode)")
    if output.exitCode == 0 {
        fuzzCheck(output.stderr.isEmpty, "success with stderr: \(output.stderr)")
        fuzzCheck(!output.stdout.isEmpty, "success with empty stdout")
    } else {
        fuzzCheck(output.stdout.isEmpty, "failure with stdout")
        fuzzCheck(output.stderr.hasPrefix("Error: ") || output.stderr.hasPrefix("Erreur : "),
                  "failure without an error line: \(output.stderr)")
    }
    return 0
}
