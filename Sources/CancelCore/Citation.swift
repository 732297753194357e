/// Where in a source a rule comes from: the source's id and the section
/// heading, quoted in the source's own language so it can be found.
public struct Citation: Hashable, Sendable, Codable {
    /// The ``Source/id`` of one of the vendor's sources.
    public let source: String
    public let section: String

    public init(source: String, section: String) {
        self.source = source
        self.section = section
    }
}
