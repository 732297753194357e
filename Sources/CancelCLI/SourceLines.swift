import CancelCore

/// How every text output names a source: its title as written, who
/// publishes it, whether it is the vendor's own word, and the address to
/// open. The id a source is kept under never reaches a reader.
enum SourceLines {
    static let official = LocalizedText(en: "official", fr: "source officielle")
    static let thirdParty = LocalizedText(en: "third party", fr: "source tierce")

    static func kind(_ official: Bool) -> LocalizedText { official ? SourceLines.official : thirdParty }

    /// `fr` as "in French", so a reader knows before opening it.
    static func languageName(_ code: String) -> LocalizedText {
        switch code {
        case "fr": return LocalizedText(en: "in French", fr: "en français")
        case "en": return LocalizedText(en: "in English", fr: "en anglais")
        case "pt": return LocalizedText(en: "in Portuguese", fr: "en portugais")
        default: return LocalizedText(verbatim: code)
        }
    }

    /// “Title” § section, with “(third party)” when the source is not the
    /// vendor's own; the id alone if the source is not listed.
    static func reference(_ ref: PlanReport.Reference, in sources: [PlanReport.SourceItem], language l: Language,
                          alwaysKind: Bool = false) -> String {
        guard let source = sources.first(where: { $0.id == ref.id }) else { return ref.id + " § " + ref.section }
        let quoted = l == .fr ? "« " + source.title + " »" : "“" + source.title + "”"
        let kind = alwaysKind || !source.official ? " (" + SourceLines.kind(source.official)[l] + ")" : ""
        return quoted + kind + " § " + ref.section
    }

    /// An address on its own line, never broken (a broken URL cannot be
    /// opened): indented when it fits the width, else alone and longer.
    static func urlLine(_ url: String, indent: String = "    ", width: Int) -> String {
        indent.count + url.count <= width ? indent + url : url
    }

    /// “Title” — publisher, kind, language; the address goes on its own line.
    static func description(_ source: PlanReport.SourceItem, language l: Language) -> String {
        let quoted = l == .fr ? "« " + source.title + " »" : "“" + source.title + "”"
        return quoted + " — " + details(source, language: l)
    }

    /// publisher, kind[, language]: what is known of a source.
    static func details(_ source: PlanReport.SourceItem, language l: Language) -> String {
        var parts = [source.publisher, kind(source.official)[l]]
        if !source.language.isEmpty { parts.append(languageName(source.language)[l]) }
        return parts.joined(separator: ", ")
    }

    /// The lines under a source: its address, none when it has none (the
    /// user's own contract).
    static func urlLines(_ source: PlanReport.SourceItem, width: Int) -> [String] {
        source.url.isEmpty ? [] : [urlLine(source.url, width: width)]
    }
}

extension TextLabels {
    /// The plan's warnings, printed under a notice for its sender only.
    static let noticeWarnings = LocalizedText(en: "Before sending, note (not part of the message)",
                                              fr: "Avant l’envoi, à savoir (hors du message)")
}
