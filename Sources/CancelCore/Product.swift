/// A product or edition a vendor sells; cancelling may differ by product.
public struct Product: Hashable, Sendable {
    /// Lower-case id used on the command line and in JSON.
    public let id: String
    public let name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}
