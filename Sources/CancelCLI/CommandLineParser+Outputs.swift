import CancelCore

/// Parsing of `--output`, shared by every command that writes a file, and
/// of the free-text options that end up in a single-line field.
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

    /// Free text that goes into a single-line field (a notice's subject or
    /// signature, a calendar's name): a line break there would add a header
    /// line (`Bcc: ...`) or a calendar property, so control characters are
    /// refused, naming the value shown escaped.
    func oneLine(_ arguments: ParsedArguments, _ name: String) throws(UsageError) -> String? {
        guard let value = arguments[name] else { return nil }
        guard !value.unicodeScalars.contains(where: UntrustedText.isUnsafe) else {
            throw UsageError(InputError(value: UntrustedText.terminalSafe(value), option: "--" + name,
                                        reason: LocalizedText(en: "holds a control character or line break",
                                                              fr: "contient un caractère de contrôle ou un saut de ligne"),
                                        accepted: LocalizedText(en: "one line of text", fr: "une ligne de texte")),
                             subcommand: arguments.command)
        }
        return value
    }
}
