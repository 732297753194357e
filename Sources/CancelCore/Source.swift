/// A document a vendor's rules come from, as a person can find and judge
/// it: what it is called, who published it, whether it is the vendor's own
/// word, and where to open it. The file a seed was kept in is only an id.
public struct Source: Hashable, Sendable {
    /// ``id`` as written in the vendor's code, which ``section(_:)`` cites.
    private let literalID: StaticString
    /// Stable and never shown as the source itself: a seed's file name, or a
    /// short kebab-case id for a vendor page (`aircall-en-cancel`).
    public let id: String
    /// The document's title as it is written, in its own language (the
    /// same in every output); only cancelctl's own notes, which are not
    /// documents, have a translated title.
    public let title: LocalizedText
    /// Who wrote it (`Aircall Help Center`, `SchedulingKit`).
    public let publisher: String
    /// True for the vendor's own help centre or terms; false for a third
    /// party's guide, which a plan must say it rests on.
    public let official: Bool
    /// Where a person opens it; empty only for what is not a published
    /// document (the user's own contract, cancelctl's general practice).
    public let url: String
    /// The document's language code (`fr`, `en`, `pt`): headings are quoted in it.
    public let language: String

    public init(id: StaticString, title: String, publisher: String, official: Bool, url: String, language: String) {
        self.init(id: id, localizedTitle: LocalizedText(verbatim: title), publisher: publisher, official: official,
                  url: url, language: language)
    }

    /// A source that is not a published document, with a translated title.
    public init(id: StaticString, localizedTitle: LocalizedText, publisher: String, official: Bool, url: String, language: String) {
        self.literalID = id
        self.id = id.description
        self.title = localizedTitle
        self.publisher = publisher
        self.official = official
        self.url = url
        self.language = language
    }

    /// A citation of one section of this source, its heading quoted in the
    /// source's language.
    public func section(_ heading: StaticString) -> Citation {
        Citation(source: literalID, section: heading)
    }

    public static func == (a: Source, b: Source) -> Bool {
        a.id == b.id && a.title == b.title && a.publisher == b.publisher && a.official == b.official
            && a.url == b.url && a.language == b.language
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(publisher)
        hasher.combine(official)
        hasher.combine(url)
        hasher.combine(language)
    }
}
