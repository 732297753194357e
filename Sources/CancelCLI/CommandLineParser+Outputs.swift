import CancelCore

/// Parsing of `--output` and of the sender details of `notice`.
extension CommandLineParser {
    func outputPath(_ values: [String: String], _ subcommand: Subcommand) throws(UsageError) -> String? {
        guard let path = values["output"] else { return nil }
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw UsageError(LocalizedText(en: "option '--output' needs a file path, got '\(path)'.",
                                           fr: "l’option « --output » attend un chemin de fichier, reçu « \(path) »."), subcommand: subcommand)
        }
        return path
    }

    func noticeDetails(_ values: [String: String]) -> NoticeDetails {
        NoticeDetails(company: values["company"], account: values["account"], signer: values["signer"])
    }
}
