import Foundation
import Testing

/// Files and streams, with the real executable and a shell, as a user hits
/// them: `--output` into a FIFO, a device, a symbolic link; stdout full,
/// closed, or read by a reader that goes away. Nothing here touches a real
/// device other than /dev/full, which only ever refuses writes.
@Suite(.serialized) struct OutputStreamTests {
    struct Result {
        let code: Int32
        let stdout: String
        let stderr: String
    }

    /// The `cancelctl` built beside the test bundle.
    static var binary: String? {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("cancelctl").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs `script` in /bin/sh with `$B` the binary and `$T` a fresh directory.
    func shell(_ script: String) throws -> (Result, String) {
        let binary = try #require(OutputStreamTests.binary, "build the cancelctl executable first")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cancelctl-streams-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = ["B": binary, "T": dir, "PATH": "/usr/bin:/bin", "LANG": "C"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (Result(code: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self)), dir)
    }

    static let plan = "\"$B\" plan --vendor aircall --seats 40 --renewal 2027-01-31 --billing annual --today 2026-11-23"

    @Test("a FIFO given to --output is written into, and its reader receives the calendar")
    func fifo() throws {
        let (result, dir) = try shell("""
            mkfifo "$T/cal.ics"
            cat "$T/cal.ics" > "$T/received" &
            \(Self.plan) --format ics --output "$T/cal.ics"; echo "exit $?"
            wait
            [ -p "$T/cal.ics" ] && echo "still a fifo"
            \(Self.plan) --format ics > "$T/expected"
            cmp -s "$T/received" "$T/expected" && echo "same calendar"
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(result.stdout == "exit 0\nstill a fifo\nsame calendar\n", "\(result.stderr)")
    }

    @Test("--output /dev/full fails with one line and leaves the device a device")
    func deviceFull() throws {
        let (result, _) = try shell("\(Self.plan) --output /dev/full; echo \"exit $?\"; [ -c /dev/full ] && echo device")
        #expect(result.stdout == "exit 73\ndevice\n")
        #expect(result.stderr == "Error: cannot write '/dev/full': no space left on the device.\n")
    }

    @Test("a symbolic link is followed: its target is replaced, the link stays")
    func symlink() throws {
        let (result, dir) = try shell("""
            echo old > "$T/target.txt"; ln -s target.txt "$T/link.txt"
            \(Self.plan) --output "$T/link.txt"; echo "exit $?"
            [ -L "$T/link.txt" ] && echo link
            grep -q "Aircall" "$T/target.txt" && echo replaced
            ls -A "$T" | tr '\\n' ' '
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(result.stdout == "exit 0\nlink\nreplaced\nlink.txt target.txt ", "\(result.stderr)")
    }

    @Test("stdout full or closed: one line on stderr and exit 74, for every command", arguments: [
        "plan --vendor goto --renewal 2027-05-31 --today 2026-11-23", "notice --vendor goto --renewal 2027-05-31 --today 2026-11-23",
        "vendors", "explain --vendor whc", "help", "help plan", "--version", "portfolio $T/p.csv --today 2026-11-23",
    ])
    func stdoutFails(command: String) throws {
        let setup = "printf 'vendor,renewal\\ngoto,2027-05-31\\n' > \"$T/p.csv\"; "
        let (full, _) = try shell(setup + "\"$B\" \(command) > /dev/full; echo \"exit $?\"")
        let (closed, _) = try shell(setup + "\"$B\" \(command) >&-; echo \"exit $?\"")
        for (result, reason) in [(full, "no space left on the device"), (closed, "it is closed")] {
            #expect(result.stdout == "exit 74\n", "\(command): \(result.stderr)")
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Error") }
            #expect(errors == ["Error: cannot write to standard output: \(reason)."], "\(command): \(result.stderr)")
        }
    }

    @Test("a reader that goes away ends the program quietly", arguments: ["default", "ignored"])
    func readerGoesAway(sigpipe: String) throws {
        // The reader (`true`) is gone before cancelctl writes a byte.
        let trap = sigpipe == "ignored" ? "trap '' PIPE; " : ""
        let (result, _) = try shell(trap + "(sleep 0.3; \"$B\" help plan 2>\"$T/err\"; echo $? > \"$T/code\") | true; cat \"$T/err\"; cat \"$T/code\"")
        let code = Int(result.stdout.split(separator: "\n").last ?? "") ?? -1
        #expect(result.stdout.split(separator: "\n").count == 1, "stderr was: \(result.stdout)")
        #expect(code == 0 || code == 141, "\(result.stdout)")
        if sigpipe == "ignored" { #expect(code == 0) }
    }

    @Test("portfolio --output is atomic: written whole, or the old file stays")
    func portfolioOutput() throws {
        let (result, dir) = try shell("""
            printf 'vendor,name,renewal\\ngoto,Webinars,2027-05-31\\n' > "$T/p.csv"
            "$B" portfolio "$T/p.csv" --format csv --today 2026-11-23 --output "$T/out.csv"; echo "exit $?"
            "$B" portfolio "$T/p.csv" --format csv --today 2026-11-23 > "$T/expected.csv"
            cmp -s "$T/out.csv" "$T/expected.csv" && echo same
            echo keep > "$T/old.csv"; printf 'vendr\\n' > "$T/bad.csv"
            "$B" portfolio "$T/missing.csv" --today 2026-11-23 --output "$T/old.csv" 2>/dev/null; echo "exit $?"
            cat "$T/old.csv"
            ls -A "$T" | grep -c tmp
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(result.stdout == "exit 0\nsame\nexit 74\nkeep\n0\n", "\(result.stderr)")
        let (full, _) = try shell("printf 'vendor,renewal\\ngoto,2027-05-31\\n' > \"$T/p.csv\"; \"$B\" portfolio \"$T/p.csv\" --today 2026-11-23 --output /dev/full; echo \"exit $?\"")
        #expect(full.stdout == "exit 73\n")
        #expect(full.stderr.hasPrefix("Error: cannot write '/dev/full': no space left on the device.\n"), "\(full.stderr)")
    }

    @Test("the executable reads the language from the environment it is given (only named variables are copied)")
    func languageFromTheEnvironment() throws {
        let (result, dir) = try shell("""
            \(Self.plan) --lang fr > "$T/fr"; \(Self.plan) --lang en > "$T/en"
            LC_MESSAGES=fr_BE \(Self.plan) | cmp -s - "$T/fr" && echo "LC_MESSAGES fr"
            LC_ALL=C LANG=fr_FR.UTF-8 \(Self.plan) | cmp -s - "$T/en" && echo "LC_ALL wins"
            LC_ALL=fr_CA.UTF-8 \(Self.plan) | cmp -s - "$T/fr" && echo "LC_ALL fr"
            cmp -s "$T/fr" "$T/en" || echo "languages differ"
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(result.stdout == "LC_MESSAGES fr\nLC_ALL wins\nLC_ALL fr\nlanguages differ\n", "\(result.stderr)")
    }
}
