import CancelCore
import CancelPortfolio

/// Every planned row, kept compact for the urgency sort: the fixed-size
/// entry plus name, owner and reference as UTF-8 in shared blocks, so a
/// million rows cost about 80 bytes each plus their text, not one heap
/// object per string. Items and text are kept in fixed-size chunks: a
/// growing array copies itself on doubling and holds up to twice what it
/// uses, which at a million rows put the peak memory over 150 MB. Rows are
/// handed to writers as bytes borrowed from the text blocks.
struct PortfolioSortedView: Sendable {
    private struct Item {
        let entry: PortfolioEntry
        /// Which text block, and where in it, the row's text starts.
        let textBlock: UInt32
        let textStart: UInt32
        let nameCount: UInt32
        let ownerCount: UInt32
        let referenceCount: UInt32
        /// For a vendor cancelctl has no rules for, 1 + its index in
        /// `unlistedNames` (0 otherwise): fits in the item's padding.
        let unlistedName: UInt32
    }

    private static let itemsPerChunk = 1 << 16
    private static let textBlockSize = 1 << 20
    private var chunks: [[Item]] = []
    private var texts: [[UInt8]] = []
    private(set) var count = 0
    /// Item indices, most urgent first, once ``sortByUrgency()`` ran
    /// (32 bits each: the packed sort holds fewer than 2^24 rows).
    private var order: [UInt32] = []
    /// The vendors as typed, for rows of vendors cancelctl has no rules for
    /// (registered vendors are named by their index in the entry), each
    /// name kept once however many rows give it.
    private var unlistedNames: [[UInt8]] = []
    private var unlistedIndex: [[UInt8]: UInt32] = [:]
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

    private var lastLine = Int.min

    mutating func append(_ entry: PortfolioEntry, text: PortfolioRowText) {
        if lastLine >= entry.line { inLineOrder = false }
        lastLine = entry.line
        var unlistedName: UInt32 = 0
        if entry.isUnlistedVendor {
            let name = Array(text.vendorBytes)
            if let known = unlistedIndex[name] {
                unlistedName = known
            } else {
                unlistedNames.append(name)
                unlistedName = UInt32(truncatingIfNeeded: unlistedNames.count)
                unlistedIndex[name] = unlistedName
            }
        }
        if keepsIdentity { identities[entry.line] = (Array(text.idBytes), Array(text.productBytes)) }
        let size = text.nameBytes.count + text.ownerBytes.count + text.referenceBytes.count
        if texts.isEmpty || texts[texts.count - 1].count + size > PortfolioSortedView.textBlockSize {
            // A row's text stays in one block; one longer than a block gets its own.
            texts.append([])
            texts[texts.count - 1].reserveCapacity(max(size, PortfolioSortedView.textBlockSize))
        }
        let block = texts.count - 1
        let start = texts[block].count
        texts[block].append(contentsOf: text.nameBytes)
        texts[block].append(contentsOf: text.ownerBytes)
        texts[block].append(contentsOf: text.referenceBytes)
        if chunks.isEmpty || chunks[chunks.count - 1].count == PortfolioSortedView.itemsPerChunk {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(PortfolioSortedView.itemsPerChunk)
        }
        chunks[chunks.count - 1].append(Item(entry: entry, textBlock: UInt32(truncatingIfNeeded: block),
                                             textStart: UInt32(truncatingIfNeeded: start),
                                             nameCount: UInt32(truncatingIfNeeded: text.nameBytes.count),
                                             ownerCount: UInt32(truncatingIfNeeded: text.ownerBytes.count),
                                             referenceCount: UInt32(truncatingIfNeeded: text.referenceBytes.count),
                                             unlistedName: unlistedName))
        count += 1
    }

    private func item(_ index: Int) -> Item {
        chunks[index / PortfolioSortedView.itemsPerChunk][index % PortfolioSortedView.itemsPerChunk]
    }

    /// Orders the rows most urgent first: by ``PortfolioEntry/urgencyKey``,
    /// then line.
    mutating func sortByUrgency() {
        // Rows in line order with fewer than 2^24 of them (any file that
        // fits in memory): the 40-bit key and the item index share one
        // 64-bit word, radix-sorted. Otherwise, a comparison sort.
        guard inLineOrder, count < 1 << UrgencyOrder.indexBits else {
            var pairs = (0..<count).map { (entry: item($0).entry, index: $0) }
            pairs.sort { PortfolioEntry.urgencyOrder($0.entry, $1.entry) }
            order = pairs.map { UInt32(truncatingIfNeeded: $0.index) }
            return
        }
        var keys: [UInt64] = []
        keys.reserveCapacity(count)
        for chunk in chunks {
            for item in chunk { keys.append(UrgencyOrder.pack(key: item.entry.urgencyKey, index: keys.count)) }
        }
        UrgencyOrder.radixSort(&keys)
        order = keys.map(UrgencyOrder.index(of:))
    }

    /// Calls `body` for the rows at `positions` of the urgency order (after
    /// ``sortByUrgency()``), their text borrowed from the arena.
    func forEach(in positions: Range<Int>, _ body: (PortfolioEntry, PortfolioRowText) -> Void) {
        // Sorted order reads items and text all over memory. Gathering a
        // run of items first, in a loop of independent loads, lets the
        // processor fetch many at once; the formatting loop after it then
        // finds them in cache (a load per row interleaved with formatting
        // waited for memory each time).
        var start = positions.lowerBound
        while start < positions.upperBound {
            let run = start..<min(positions.upperBound, start + 1024)
            var gathered: [Item] = []
            gathered.reserveCapacity(run.count)
            var touched: UInt8 = 0
            for position in run {
                let item = item(Int(order[position]))
                gathered.append(item)
                if item.nameCount > 0 { touched &+= texts[Int(item.textBlock)][Int(item.textStart)] }
            }
            withExtendedLifetime(touched) {}
            for item in gathered { write(item, body) }
            start = run.upperBound
        }
    }

    private func write(_ item: Item, _ body: (PortfolioEntry, PortfolioRowText) -> Void) {
        do {
            texts[Int(item.textBlock)].withUnsafeBufferPointer { text in
                let nameStart = Int(item.textStart)
                let nameEnd = nameStart + Int(item.nameCount)
                let ownerEnd = nameEnd + Int(item.ownerCount)
                let referenceEnd = ownerEnd + Int(item.referenceCount)
                func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: text[range])
                }
                let line = item.entry.line
                guard item.entry.isUnlistedVendor || keepsIdentity else {
                    body(item.entry, PortfolioRowText(name: bytes(nameStart..<nameEnd), owner: bytes(nameEnd..<ownerEnd),
                                                      reference: bytes(ownerEnd..<referenceEnd)))
                    return
                }
                let vendor = item.unlistedName > 0 ? unlistedNames[Int(item.unlistedName) - 1] : []
                let identity = keepsIdentity ? identities[line] : nil
                vendor.withUnsafeBufferPointer { vendor in
                    (identity?.id ?? []).withUnsafeBufferPointer { id in
                        (identity?.product ?? []).withUnsafeBufferPointer { product in
                            body(item.entry, PortfolioRowText(name: bytes(nameStart..<nameEnd), owner: bytes(nameEnd..<ownerEnd),
                                                              reference: bytes(ownerEnd..<referenceEnd), vendor: vendor,
                                                              id: id, product: product))
                        }
                    }
                }
            }
        }
    }
}
