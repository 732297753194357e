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
    /// The row's `id` column, as typed; may be empty.
    var id: String
    /// The row's product, as typed; may be empty.
    var product: String

    init(name: String = "", owner: String = "", reference: String = "", vendor: String = "", id: String = "", product: String = "") {
        self.name = name
        self.owner = owner
        self.reference = reference
        self.vendor = vendor
        self.id = id
        self.product = product
    }

    init(_ row: PortfolioRow) {
        self.init(name: row.name, owner: row.owner, reference: row.reference, vendor: row.vendor ?? "",
                  id: row.id, product: row[.product] ?? "")
    }

    /// What the subscription is, for calendar UIDs: its `id` when the file
    /// has one, else its product and name (with the vendor beside it), never
    /// its line or facts that do not move its events.
    var identity: String {
        id.isEmpty ? UntrustedText.singleLine(product) + "|" + UntrustedText.singleLine(name) : "id:" + UntrustedText.singleLine(id)
    }
}
