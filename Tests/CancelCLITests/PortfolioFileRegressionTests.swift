import Foundation
import Testing
import CancelCore
import CancelVendors
import CancelCLI

/// Portfolio file bugs found while hardening (issue 6), kept fixed.
@Suite("Hardening regressions: portfolio files")
struct PortfolioFileRegressionTests {
    let cli = CancelCTL(registry: BuiltInVendors.registry, environment: [:],
                        today: CalendarDate("2026-11-23") ?? CalendarDate(dayNumber: 0))

    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cancelctl-\(UUID().uuidString)-\(name)").path
    }

    @Test("a directory is refused before any output, naming it")
    func directory() {
        let directory = FileManager.default.temporaryDirectory.path
        let output = cli.run(["portfolio", directory])
        #expect(output.exitCode == 74)
        #expect(output.stdout.isEmpty, "\(output.stdout)")
        #expect(output.stderr == "Error: cannot read '\(directory)'.\n")
    }

    @Test("a rejected header leaves no --errors file behind")
    func noErrorsFileOnBadHeader() throws {
        let input = temporaryPath("bad-header.csv"), errors = temporaryPath("errors.csv")
        try Data("vendr,name\ngoto,x\n".utf8).write(to: URL(fileURLWithPath: input))
        defer { try? FileManager.default.removeItem(atPath: input) }
        let output = cli.run(["portfolio", input, "--errors", errors])
        #expect(output.exitCode == 65)
        #expect(!FileManager.default.fileExists(atPath: errors))
        try? FileManager.default.removeItem(atPath: errors)
    }

    @Test("a good header still creates the --errors file with the header")
    func errorsFileOnGoodHeader() throws {
        let input = temporaryPath("rows.csv"), errors = temporaryPath("errors.csv")
        try Data("vendor,name\naircal,x\n".utf8).write(to: URL(fileURLWithPath: input))
        defer {
            try? FileManager.default.removeItem(atPath: input)
            try? FileManager.default.removeItem(atPath: errors)
        }
        let output = cli.run(["portfolio", input, "--errors", errors])
        #expect(output.exitCode == 65)
        let written = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(written == "vendor,name\naircal,x\n")
    }

    @Test("an empty file path says so (it used to say 'takes one file, got')")
    func emptyPath() {
        let output = cli.run(["portfolio", ""])
        #expect(output.exitCode == 64)
        #expect(output.stderr.hasPrefix("Error: the portfolio file path is empty: give a path, or - for standard input.\n"))
        let french = cli.run(["portfolio", "", "--lang", "fr"])
        #expect(french.stderr.hasPrefix("Erreur : le chemin du fichier du portefeuille est vide"))
    }
}
