import CancelCLI
import CancelCore
import Foundation
import Testing

@Suite struct OutputFileTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cancelctl-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    let args = ["plan", "--vendor", "aircall", "--seats", "40", "--renewal", "2027-01-31", "--billing", "annual"]

    @Test func writesExactlyWhatStdoutWouldCarry() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["text", "json", "markdown", "ics"] {
            let path = dir.appendingPathComponent("plan.\(format)").path
            let written = Fixture.run(args + ["--format", format, "--output", path])
            #expect(written == CommandOutput())
            let expected = Fixture.run(args + ["--format", format]).stdout
            #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        }
        // Overwriting replaces the file and leaves no temporary file.
        let path = dir.appendingPathComponent("plan.ics").path
        #expect(Fixture.run(args + ["--format", "ics", "--lang", "fr", "--output", path]).exitCode == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("PRODID:-//cancelctl//cancelctl \(CancelCTL.version)//FR"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func aFailedWriteLeavesTheOldFileAndExits73() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The target is a non-empty directory: rename(2) fails, even as root.
        let target = dir.appendingPathComponent("calendar.ics")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try "keep".write(to: target.appendingPathComponent("old"), atomically: false, encoding: .utf8)
        let failed = Fixture.run(args + ["--format", "ics", "--output", target.path])
        #expect(failed.exitCode == ExitCode.cannotCreate)
        #expect(failed.stdout.isEmpty)
        #expect(failed.stderr.split(separator: "\n").count == 1)
        #expect(failed.stderr.hasPrefix("Error: cannot write"))
        #expect(try String(contentsOf: target.appendingPathComponent("old"), encoding: .utf8) == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["calendar.ics"])

        let missing = Fixture.run(args + ["--lang", "fr", "--output", dir.path + "/no/such/dir/plan.txt"])
        #expect(missing.exitCode == 73)
        #expect(missing.stderr == "Erreur : impossible d’écrire « \(dir.path)/no/such/dir/plan.txt » : son dossier n’existe pas.\n")
    }

    @Test func anEmptyOutputPathIsAUsageError() {
        let result = Fixture.run(args + ["--output", ""])
        #expect(result.exitCode == 64 && result.stdout.isEmpty)
    }
}
