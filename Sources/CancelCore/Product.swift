/// A product or edition a vendor sells; cancelling may differ by product.
public struct Product: Hashable, Sendable {
    /// Lower-case id used on the command line and in JSON.
    public let id: String
    public let name: LocalizedText
    /// The id as bytes when it fits in a ``ShortText``: a plan asks whether
    /// the facts are for this product on every row, and comparing two words
    /// is cheaper than comparing with a `String`.
    let key: ShortText?

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
        key = ShortText(id)
    }
}
