import CancelCore
import CancelPortfolio

/// The free text of one portfolio row, as typed in the file: written by
/// each format through its own escaping (``UntrustedText``), never raw.
struct PortfolioRowText {
    var name: String
    var owner: String
    var reference: String
    /// The vendor as typed: shown for a vendor cancelctl has no rules for.
    var vendor: String

    init(name: String = "", owner: String = "", reference: String = "", vendor: String = "") {
        self.name = name
        self.owner = owner
        self.reference = reference
        self.vendor = vendor
    }

    init(_ row: PortfolioRow) {
        self.init(name: row.name, owner: row.owner, reference: row.reference, vendor: row.vendor ?? "")
    }
}
