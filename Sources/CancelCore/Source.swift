/// A document a vendor's rules come from.
public struct Source: Hashable, Sendable {
    /// The document's file name, as kept with the project's sources.
    public let file: String
    public let title: LocalizedText

    public init(file: String, title: LocalizedText) {
        self.file = file
        self.title = title
    }

    /// A citation of one section of this source.
    public func section(_ heading: String) -> Citation {
        Citation(file: file, section: heading)
    }
}
