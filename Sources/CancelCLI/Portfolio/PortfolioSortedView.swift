import CancelCore
import CancelPortfolio

/// Every planned row, kept compact for the urgency sort: the fixed-size
/// entry plus name, owner and reference as UTF-8 in one shared arena, so a million
/// rows cost about 60 bytes each plus their text, not one heap object per
/// string. Rows are handed to writers as bytes borrowed from the arena.
struct PortfolioSortedView: Sendable {
    private struct Item {
        let entry: PortfolioEntry
        let textStart: Int
        let nameCount: UInt32
        let ownerCount: UInt32
        let referenceCount: UInt32
    }

    private var items: [Item] = []
    private var arena: [UInt8] = []
    /// Item indices, most urgent first, once ``sortByUrgency()`` ran.
    private var order: [Int] = []
    /// The vendor as typed, for rows of vendors cancelctl has no rules for
    /// (registered vendors are named by their index in the entry).
    private var unlistedVendors: [Int: [UInt8]] = [:]
    /// The id and product of each row, by line, kept only for a calendar
    /// (``PortfolioRowText/identity``): other formats do not pay for them.
    private var identities: [Int: (id: [UInt8], product: [UInt8])] = [:]
    private let keepsIdentity: Bool

    init(keepsIdentity: Bool = false) {
        self.keepsIdentity = keepsIdentity
    }
    /// True while rows come in line order (as a reader yields them): the
    /// sort can then use item indices for the line tie-break.
    private var inLineOrder = true

    var count: Int { items.count }

    mutating func append(_ entry: PortfolioEntry, text: PortfolioRowText) {
        if let last = items.last, last.entry.line >= entry.line { inLineOrder = false }
        if entry.isUnlistedVendor { unlistedVendors[entry.line] = Array(text.vendorBytes) }
        if keepsIdentity { identities[entry.line] = (Array(text.idBytes), Array(text.productBytes)) }
        let start = arena.count
        arena.append(contentsOf: text.nameBytes)
        arena.append(contentsOf: text.ownerBytes)
        arena.append(contentsOf: text.referenceBytes)
        items.append(Item(entry: entry, textStart: start,
                          nameCount: UInt32(truncatingIfNeeded: text.nameBytes.count),
                          ownerCount: UInt32(truncatingIfNeeded: text.ownerBytes.count),
                          referenceCount: UInt32(truncatingIfNeeded: text.referenceBytes.count)))
    }

    /// Orders the rows most urgent first: by ``PortfolioEntry/urgencyKey``,
    /// then line.
    mutating func sortByUrgency() {
        if inLineOrder {
            // Sorts 16-byte (key, index) pairs rather than the items themselves:
            // fewer bytes moved and one integer comparison.
            var keyed = items.enumerated().map { (key: $0.element.entry.urgencyKey, index: $0.offset) }
            keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            order = keyed.map(\.index)
        } else {
            items.sort { PortfolioEntry.urgencyOrder($0.entry, $1.entry) }
            order = Array(items.indices)
        }
    }

    /// Calls `body` for the rows at `positions` of the urgency order (after
    /// ``sortByUrgency()``), their text borrowed from the arena.
    func forEach(in positions: Range<Int>, _ body: (PortfolioEntry, PortfolioRowText) -> Void) {
        arena.withUnsafeBufferPointer { text in
            for position in positions {
                let item = items[order[position]]
                let nameEnd = item.textStart + Int(item.nameCount)
                let ownerEnd = nameEnd + Int(item.ownerCount)
                let referenceEnd = ownerEnd + Int(item.referenceCount)
                func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: text[range])
                }
                let line = item.entry.line
                let vendor = item.entry.isUnlistedVendor ? unlistedVendors[line] ?? [] : []
                let identity = keepsIdentity ? identities[line] : nil
                vendor.withUnsafeBufferPointer { vendor in
                    (identity?.id ?? []).withUnsafeBufferPointer { id in
                        (identity?.product ?? []).withUnsafeBufferPointer { product in
                            body(item.entry, PortfolioRowText(name: bytes(item.textStart..<nameEnd), owner: bytes(nameEnd..<ownerEnd),
                                                              reference: bytes(ownerEnd..<referenceEnd), vendor: vendor,
                                                              id: id, product: product))
                        }
                    }
                }
            }
        }
    }
}
