/// The free-text facts of ``AccountFacts`` that do not fit in it as bytes:
/// a product name longer than 15 bytes (an unlisted vendor's) and the
/// contact. Allocated only when one is given, so the facts of a listed
/// vendor's row hold no reference (nil here) and copy as plain bytes.
@usableFromInline
final class FactTexts: Sendable {
    @usableFromInline let product: String?
    @usableFromInline let contact: String?

    private init(product: String?, contact: String?) {
        self.product = product
        self.contact = contact
    }

    /// Nil when there is no text to keep.
    @usableFromInline
    static func make(product: String?, contact: String?) -> FactTexts? {
        product == nil && contact == nil ? nil : FactTexts(product: product, contact: contact)
    }
}
