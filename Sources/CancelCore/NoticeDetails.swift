/// Who sends a notice: facts the plan does not know. Each one left out
/// becomes an unmistakable placeholder the user fills in by hand.
public struct NoticeDetails: Hashable, Sendable {
    public var company: String?
    public var account: String?
    public var signer: String?

    public init(company: String? = nil, account: String? = nil, signer: String? = nil) {
        self.company = company
        self.account = account
        self.signer = signer
    }
}
