import CancelCore
import CancelPortfolio

/// The free text of one portfolio row, as typed in the file, as UTF-8
/// borrowed from the batch or the sorted view that holds it (valid only
/// during the writer's call): written by each format through its own
/// escaping (``UntrustedText``), never raw. CSV copies the bytes; other
/// formats read the `String` properties.
struct PortfolioRowText {
    var nameBytes: UnsafeBufferPointer<UInt8>
    var ownerBytes: UnsafeBufferPointer<UInt8>
    var referenceBytes: UnsafeBufferPointer<UInt8>
    /// The vendor as typed: shown for a vendor cancelctl has no rules for.
    var vendorBytes: UnsafeBufferPointer<UInt8>
    /// For a vendor cancelctl has no rules for, its id
    /// (``PortfolioPlanner/unlistedVendorID(typed:)`` of ``vendorBytes``)
    /// when whoever holds the row made it already; empty otherwise.
    var unlistedVendorID: UnsafeBufferPointer<UInt8> = PortfolioRowText.none
    /// The row's `id` column, as typed; may be empty.
    var idBytes: UnsafeBufferPointer<UInt8>
    /// The row's product, as typed; may be empty.
    var productBytes: UnsafeBufferPointer<UInt8>

    static var none: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }

    init(name: UnsafeBufferPointer<UInt8> = none, owner: UnsafeBufferPointer<UInt8> = none,
         reference: UnsafeBufferPointer<UInt8> = none, vendor: UnsafeBufferPointer<UInt8> = none,
         id: UnsafeBufferPointer<UInt8> = none, product: UnsafeBufferPointer<UInt8> = none) {
        nameBytes = name
        ownerBytes = owner
        referenceBytes = reference
        vendorBytes = vendor
        idBytes = id
        productBytes = product
    }

    init(_ cells: PortfolioCells) {
        self.init(name: cells[.name], owner: cells[.owner], reference: cells[.reference], vendor: cells[.vendor],
                  id: cells[.id], product: cells[.fact(.product)])
    }

    /// The cells a writer reads, and only those (each lookup cost some 30
    /// instructions a row): the vendor as typed only for a vendor cancelctl
    /// has no rules for (others are named by their index), the id and
    /// product only for a writer that needs ``identity`` (the calendar).
    init(_ cells: PortfolioCells, unlistedVendor: Bool, identity: Bool) {
        self.init(name: cells[.name], owner: cells[.owner], reference: cells[.reference],
                  vendor: unlistedVendor ? cells[.vendor] : PortfolioRowText.none,
                  id: identity ? cells[.id] : PortfolioRowText.none,
                  product: identity ? cells[.fact(.product)] : PortfolioRowText.none)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self)
    }

    var name: String { PortfolioRowText.string(nameBytes) }
    var owner: String { PortfolioRowText.string(ownerBytes) }
    var reference: String { PortfolioRowText.string(referenceBytes) }
    var vendor: String { PortfolioRowText.string(vendorBytes) }
    var id: String { PortfolioRowText.string(idBytes) }
    var product: String { PortfolioRowText.string(productBytes) }

    /// What the subscription is, for calendar UIDs: its `id` when the file
    /// has one, else its product and name (with the vendor beside it), never
    /// its line or facts that do not move its events.
    var identity: String {
        id.isEmpty ? UntrustedText.singleLine(product) + "|" + UntrustedText.singleLine(name) : "id:" + UntrustedText.singleLine(id)
    }
}
