/// Where in a source a rule comes from: the file and the section heading,
/// quoted in the source's own language so it can be found.
public struct Citation: Hashable, Sendable, Codable {
    public let file: String
    public let section: String

    public init(file: String, section: String) {
        self.file = file
        self.section = section
    }
}
