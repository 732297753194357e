import CancelCore
import CancelPortfolio

/// The free text of one portfolio row, as typed in the file: written by
/// each format through its own escaping (``UntrustedText``), never raw.
struct PortfolioRowText {
    var name: String
    var owner: String
    var reference: String

    init(name: String = "", owner: String = "", reference: String = "") {
        self.name = name
        self.owner = owner
        self.reference = reference
    }

    init(_ row: PortfolioRow) {
        self.init(name: row.name, owner: row.owner, reference: row.reference)
    }
}
