import CancelCore
import CancelPortfolio

/// Every planned row, kept compact for the urgency sort: the fixed-size
/// entry plus name, owner and reference as UTF-8 in one shared arena, so a million
/// rows cost about 60 bytes each plus their text, not one heap object per
/// string.
struct PortfolioSortedView {
    private struct Item {
        let entry: PortfolioEntry
        let textStart: Int
        let nameCount: UInt32
        let ownerCount: UInt32
        let referenceCount: UInt32
    }

    private var items: [Item] = []
    private var arena: [UInt8] = []
    /// The vendor as typed, for rows of vendors cancelctl has no rules for
    /// (registered vendors are named by their index in the entry).
    private var unlistedVendors: [Int: String] = [:]
    /// The id and product of each row, by line, kept only for a calendar
    /// (``PortfolioRowText/identity``): other formats do not pay for them.
    private var identities: [Int: (id: String, product: String)] = [:]
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
        if entry.isUnlistedVendor { unlistedVendors[entry.line] = text.vendor }
        if keepsIdentity { identities[entry.line] = (text.id, text.product) }
        let start = arena.count
        arena.append(contentsOf: text.name.utf8)
        arena.append(contentsOf: text.owner.utf8)
        arena.append(contentsOf: text.reference.utf8)
        items.append(Item(entry: entry, textStart: start,
                          nameCount: UInt32(truncatingIfNeeded: text.name.utf8.count),
                          ownerCount: UInt32(truncatingIfNeeded: text.owner.utf8.count),
                          referenceCount: UInt32(truncatingIfNeeded: text.reference.utf8.count)))
    }

    /// Calls `body` for each row, most urgent first.
    mutating func forEachByUrgency(_ body: (PortfolioEntry, PortfolioRowText) -> Void) {
        // Sorts 16-byte (key, index) pairs rather than the items themselves:
        // fewer bytes moved and one integer comparison.
        var order: [(key: UInt64, index: Int)]
        if inLineOrder {
            order = items.enumerated().map { ($0.element.entry.urgencyKey, $0.offset) }
            order.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        } else {
            items.sort { PortfolioEntry.urgencyOrder($0.entry, $1.entry) }
            order = items.indices.map { (0, $0) }
        }
        arena.withUnsafeBufferPointer { text in
            for (_, index) in order {
                let item = items[index]
                let nameEnd = item.textStart + Int(item.nameCount)
                let ownerEnd = nameEnd + Int(item.ownerCount)
                let referenceEnd = ownerEnd + Int(item.referenceCount)
                func string(_ range: Range<Int>) -> String {
                    range.isEmpty ? "" : String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
                }
                let identity = identities[item.entry.line]
                body(item.entry, PortfolioRowText(name: string(item.textStart..<nameEnd), owner: string(nameEnd..<ownerEnd),
                                                  reference: string(ownerEnd..<referenceEnd),
                                                  vendor: item.entry.isUnlistedVendor ? unlistedVendors[item.entry.line] ?? "" : "",
                                                  id: identity?.id ?? "", product: identity?.product ?? ""))
            }
        }
    }
}
