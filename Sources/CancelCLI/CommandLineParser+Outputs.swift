import CancelCore

/// Parsing of `--output`, shared by every command that writes a file.
extension CommandLineParser {
    func outputPath(_ arguments: ParsedArguments) throws(UsageError) -> String? {
        guard let path = arguments["output"] else { return nil }
        guard !path.isEmpty, !path.hasSuffix("/") else {
            let shown = UntrustedText.terminalSafe(path)
            throw UsageError(LocalizedText(en: "option '--output' needs a file path, got '\(shown)'.",
                                           fr: "l’option « --output » attend un chemin de fichier, reçu « \(shown) »."),
                             subcommand: arguments.command)
        }
        return path
    }
}
