import CancelCore

/// Every planned row, kept compact for the urgency sort: the fixed-size
/// entry plus name and owner as UTF-8 in one shared arena, so a million
/// rows cost about 60 bytes each plus their text, not one heap object per
/// string.
struct PortfolioSortedView {
    private struct Item {
        let entry: PortfolioEntry
        let textStart: Int
        let nameCount: UInt32
        let ownerCount: UInt32
    }

    private var items: [Item] = []
    private var arena: [UInt8] = []
    /// The vendor as typed, for rows of vendors cancelctl has no rules for
    /// (registered vendors are named by their index in the entry).
    private var unlistedVendors: [Int: String] = [:]
    /// True while rows come in line order (as a reader yields them): the
    /// sort can then use item indices for the line tie-break.
    private var inLineOrder = true

    var count: Int { items.count }

    mutating func append(_ entry: PortfolioEntry, name: String, owner: String, vendor: String) {
        if let last = items.last, last.entry.line >= entry.line { inLineOrder = false }
        if entry.isUnlistedVendor { unlistedVendors[entry.line] = vendor }
        let start = arena.count
        arena.append(contentsOf: name.utf8)
        arena.append(contentsOf: owner.utf8)
        items.append(Item(entry: entry, textStart: start,
                          nameCount: UInt32(truncatingIfNeeded: name.utf8.count),
                          ownerCount: UInt32(truncatingIfNeeded: owner.utf8.count)))
    }

    /// Calls `body` for each row, most urgent first.
    mutating func forEachByUrgency(_ body: (PortfolioEntry, String, String, String?) -> Void) {
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
                let name = String(decoding: UnsafeBufferPointer(rebasing: text[item.textStart..<nameEnd]), as: UTF8.self)
                let owner = String(decoding: UnsafeBufferPointer(rebasing: text[nameEnd..<ownerEnd]), as: UTF8.self)
                body(item.entry, name, owner, item.entry.isUnlistedVendor ? unlistedVendors[item.entry.line] : nil)
            }
        }
    }
}
