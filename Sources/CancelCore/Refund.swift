/// What the vendor says about getting money back.
public struct Refund: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// The source says no refund.
        case none
        /// The source says a refund may be possible (partial, case by case).
        case possible
        /// A refund can be requested, if eligible, through a stated channel.
        case ifEligible = "if-eligible"
        /// The source does not say.
        case unknown
    }

    public let kind: Kind
    public let text: LocalizedText
    public let citation: Citation

    public init(_ kind: Kind, _ text: LocalizedText, citation: Citation) {
        self.kind = kind
        self.text = text
        self.citation = citation
    }
}
