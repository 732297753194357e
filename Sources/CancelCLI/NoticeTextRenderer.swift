import CancelCore

/// The notice for a terminal or a file: recipient, subject, the body
/// wrapped at 80 columns, the click path, then the placeholders to fill.
public struct NoticeTextRenderer: Sendable {
    public let width: Int

    public init(width: Int = 80) {
        self.width = width
    }

    /// Spaces inside placeholders become no-break spaces while wrapping, so
    /// a token is never cut across lines.
    func wrap(_ text: String, firstPrefix: String, tokens: [String]) -> [String] {
        var protected = text
        for token in tokens { protected = protected.replacing(token, with: token.replacing(" ", with: "\u{00A0}")) }
        return TextWrapper.hanging(protected, firstPrefix: firstPrefix, width: width).map { $0.replacing("\u{00A0}", with: " ") }
    }

    public func render(_ notice: NoticeReport) -> String {
        let l = notice.language
        let c = TextLabels.colon(l)
        let tokens = notice.placeholders.map(\.token)
        var out: [String] = []
        if let recipient = notice.recipient {
            let label = notice.kind == .callScript ? TextLabels.call : TextLabels.to
            out += wrap(recipient, firstPrefix: label[l] + c, tokens: tokens)
        }
        out += wrap(notice.subject, firstPrefix: TextLabels.subject[l] + c, tokens: tokens)
        out.append("")
        for (index, paragraph) in notice.body.split(separator: "\n\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.append("") }
            for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("- ") {
                    out += wrap(String(line.dropFirst(2)), firstPrefix: "- ", tokens: tokens)
                } else {
                    out += wrap(String(line), firstPrefix: "", tokens: tokens)
                }
            }
        }
        if !notice.clickPath.isEmpty {
            out += ["", TextLabels.clickPath[l] + c.dropLast()]
            for (index, step) in notice.clickPath.enumerated() {
                out += wrap(step, firstPrefix: "  \(index + 1). ", tokens: tokens)
            }
        }
        if let source = notice.source {
            out.append("")
            out += TextWrapper.hanging(SourceLines.reference(source, in: notice.sources, language: l),
                                       firstPrefix: TextLabels.labelled(TextLabels.source, l), width: width)
            if let item = notice.sources.first(where: { $0.id == source.id }) { out += SourceLines.urlLines(item, width: width) }
        }
        if !notice.warnings.isEmpty {
            out += ["", TextLabels.noticeWarnings[l] + c.dropLast()]
            for warning in notice.warnings { out += wrap("[\(warning.id)] " + warning.text, firstPrefix: "  - ", tokens: tokens) }
        }
        out.append("")
        if notice.placeholders.isEmpty {
            out.append(TextLabels.noPlaceholders[l])
        } else {
            out.append(TextLabels.placeholders[l] + c.dropLast())
            for placeholder in notice.placeholders {
                out += wrap(placeholder.token + c + placeholder.meaning, firstPrefix: "  - ", tokens: tokens)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
