import CancelCore
import CancelPortfolio

/// Every planned row, kept compact for the urgency sort: the fixed-size
/// entry plus name, owner and reference as UTF-8 in shared blocks, so a
/// million rows cost about 80 bytes each plus their text, not one heap
/// object per string. Items and text are kept in fixed-size chunks: a
/// growing array copies itself on doubling and holds up to twice what it
/// uses, which at a million rows put the peak memory over 150 MB. Rows are
/// handed to writers as bytes borrowed from the text blocks.
///
/// Unchecked `Sendable`: its raw memory is written only by appends, which
/// first make it this copy's own (``detach()``); copies handed to other
/// threads (the sorted output's writers) only read.
struct PortfolioSortedView: @unchecked Sendable {
    private struct Item {
        let entry: PortfolioEntry
        /// Which text block, and where in it, the row's text starts.
        let textBlock: UInt32
        let textStart: UInt32
        let nameCount: UInt32
        let ownerCount: UInt32
        let referenceCount: UInt32
        /// For a vendor cancelctl has no rules for, 1 + its index in
        /// `unlistedSpans` (0 otherwise): fits in the item's padding.
        let unlistedName: UInt32
    }

    /// Items and text live in raw memory, allocated a chunk or block at a
    /// time and written with plain stores: appending to nested arrays paid a
    /// uniqueness and capacity check per piece (about 380 instructions a
    /// row for an item and three texts). `Storage` frees that memory once
    /// no copy of the view holds it.
    private final class Storage: @unchecked Sendable {
        var chunks: [UnsafeMutablePointer<Item>] = []
        var blocks: [UnsafeMutablePointer<UInt8>] = []
        /// The storage of the copy this view detached from, whose memory
        /// this view's earlier items and text still point into.
        let previous: Storage?

        init(previous: Storage? = nil) {
            self.previous = previous
        }

        deinit {
            for chunk in chunks { chunk.deallocate() }
            for block in blocks { block.deallocate() }
        }
    }

    private static let chunkBits = 16
    private static let itemsPerChunk = 1 << chunkBits
    private static let textBlockSize = 1 << 20
    private var storage = Storage()
    /// The item chunks and text blocks this view reads, in order (the
    /// last of each possibly another copy's, until this view appends).
    private var chunks: [UnsafeMutablePointer<Item>] = []
    private var blocks: [UnsafeMutablePointer<UInt8>] = []
    /// Bytes used and allocated in the last text block.
    private var blockUsed = 0
    private var blockCapacity = 0
    private(set) var count = 0
    /// Item indices, most urgent first, once ``sortByUrgency()`` ran
    /// (32 bits each: the packed sort holds fewer than 2^24 rows).
    private var order: [UInt32] = []
    /// The vendors as typed, for rows of vendors cancelctl has no rules for
    /// (registered vendors are named by their index in the entry), each
    /// name kept once however many rows give it.
    /// Each name is followed by its vendor id
    /// (``PortfolioPlanner/unlistedVendorID(typed:)``), made once, not for
    /// every row written; all in one array, so writing a row borrows them
    /// with no reference counting (an array per name retained and released
    /// two arrays a row).
    private var unlistedText: [UInt8] = []
    private var unlistedSpans: [UnlistedSpan] = []
    private var unlistedIndex: [[UInt8]: UInt32] = [:]
    /// The index (1 + position in `unlistedSpans`) of recently appended
    /// names, by their bytes: no array built or hashed for a repeat.
    private var recentNames = ByteKeyCache<UInt32>()
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
            if let recent = recentNames.value(for: text.vendorBytes) {
                unlistedName = recent
            } else {
                unlistedName = unlistedNameIndex(text.vendorBytes)
                recentNames.keep(unlistedName, for: text.vendorBytes)
            }
        }
        if keepsIdentity { identities[entry.line] = (Array(text.idBytes), Array(text.productBytes)) }
        if !isKnownUniquelyReferenced(&storage) { detach() }
        let nameCount = text.nameBytes.count, ownerCount = text.ownerBytes.count
        let size = nameCount + ownerCount + text.referenceBytes.count
        if blocks.isEmpty || blockCapacity - blockUsed < size {
            // A row's text stays in one block; one longer than a block gets its own.
            blockCapacity = max(size, PortfolioSortedView.textBlockSize)
            blockUsed = 0
            let block = UnsafeMutablePointer<UInt8>.allocate(capacity: blockCapacity)
            storage.blocks.append(block)
            blocks.append(block)
        }
        let block = blocks.count - 1
        let start = blockUsed
        let target = blocks[block] + start
        PortfolioSortedView.copy(text.nameBytes, to: target)
        PortfolioSortedView.copy(text.ownerBytes, to: target + nameCount)
        PortfolioSortedView.copy(text.referenceBytes, to: target + nameCount + ownerCount)
        blockUsed += size
        let slot = count & (PortfolioSortedView.itemsPerChunk - 1)
        if slot == 0 {
            let chunk = UnsafeMutablePointer<Item>.allocate(capacity: PortfolioSortedView.itemsPerChunk)
            storage.chunks.append(chunk)
            chunks.append(chunk)
        }
        (chunks[chunks.count - 1] + slot).initialize(to: Item(
            entry: entry, textBlock: UInt32(truncatingIfNeeded: block), textStart: UInt32(truncatingIfNeeded: start),
            nameCount: UInt32(truncatingIfNeeded: nameCount), ownerCount: UInt32(truncatingIfNeeded: ownerCount),
            referenceCount: UInt32(truncatingIfNeeded: text.referenceBytes.count), unlistedName: unlistedName))
        count += 1
    }

    /// Where a name and its id are in `unlistedText`.
    private struct UnlistedSpan {
        let start: Int
        let nameCount: Int
        let idCount: Int
    }

    /// 1 + the position of `bytes` in `unlistedSpans`, added if new.
    @inline(never)
    private mutating func unlistedNameIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let name = Array(bytes)
        if let known = unlistedIndex[name] { return known }
        let id = PortfolioPlanner.unlistedVendorID(typed: bytes).utf8
        unlistedSpans.append(UnlistedSpan(start: unlistedText.count, nameCount: name.count, idCount: id.count))
        unlistedText.append(contentsOf: name)
        unlistedText.append(contentsOf: id)
        let index = UInt32(truncatingIfNeeded: unlistedSpans.count)
        unlistedIndex[name] = index
        return index
    }

    @inline(__always)
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        RowCursor.copy(source, to: target, count: bytes.count)
    }

    /// Makes this copy's storage its own before it appends: the memory
    /// other copies read is never written again. The partly filled item
    /// chunk is copied (an append writes into it); text goes to a new block.
    private mutating func detach() {
        storage = Storage(previous: storage)
        let slot = count & (PortfolioSortedView.itemsPerChunk - 1)
        if slot > 0 {
            let chunk = UnsafeMutablePointer<Item>.allocate(capacity: PortfolioSortedView.itemsPerChunk)
            chunk.initialize(from: chunks[chunks.count - 1], count: slot)
            storage.chunks.append(chunk)
            chunks[chunks.count - 1] = chunk
        }
        blockUsed = 0
        blockCapacity = 0
    }

    private func item(_ index: Int) -> Item {
        chunks[index >> PortfolioSortedView.chunkBits][index & (PortfolioSortedView.itemsPerChunk - 1)]
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
        // Filled chunk by chunk with plain stores (an append per row paid a capacity check).
        let count = count
        var keys = [UInt64](unsafeUninitializedCapacity: count) { keys, initialized in
            var index = 0
            for chunk in chunks {
                let end = min(count, index + PortfolioSortedView.itemsPerChunk)
                for slot in 0..<end - index {
                    keys[index + slot] = UrgencyOrder.pack(key: chunk[slot].entry.urgencyKey, index: index + slot)
                }
                index = end
            }
            initialized = index
        }
        UrgencyOrder.radixSort(&keys)
        order = [UInt32](unsafeUninitializedCapacity: count) { order, initialized in
            keys.withUnsafeBufferPointer { keys in
                for index in keys.indices { order[index] = UrgencyOrder.index(of: keys[index]) }
            }
            initialized = keys.count
        }
    }

    /// Calls `body` for the rows at `positions` of the urgency order (after
    /// ``sortByUrgency()``), their text borrowed from the arena. Inlined, so
    /// a caller that writes with a concrete writer (CSV) calls it directly:
    /// through a closure and the writer's protocol it cost about 100
    /// instructions a row.
    @inline(__always)
    func forEach(in positions: Range<Int>, _ body: (PortfolioEntry, PortfolioRowText) -> Void) {
        // Sorted order reads items and text all over memory. Gathering a
        // run of items first, in a loop of independent loads, lets the
        // processor fetch many at once; the formatting loop after it then
        // finds them in cache (a load per row interleaved with formatting
        // waited for memory each time).
        // Pointers are gathered, not copies of the items (72 bytes each,
        // copied twice).
        let runLength = 1024
        withUnsafeTemporaryAllocation(of: UnsafePointer<Item>.self, capacity: runLength) { gathered in
            guard let gathered = gathered.baseAddress else { return }
            order.withUnsafeBufferPointer { order in
                var start = positions.lowerBound
                while start < positions.upperBound {
                    let end = min(positions.upperBound, start + runLength)
                    var touched: UInt8 = 0
                    for position in start..<end {
                        let index = Int(order[position])
                        let item = UnsafePointer(chunks[index >> PortfolioSortedView.chunkBits]
                                                 + (index & (PortfolioSortedView.itemsPerChunk - 1)))
                        gathered[position - start] = item
                        if item.pointee.nameCount > 0 { touched &+= blocks[Int(item.pointee.textBlock)][Int(item.pointee.textStart)] }
                    }
                    withExtendedLifetime(touched) {}
                    for offset in 0..<end - start { write(gathered[offset].pointee, body) }
                    start = end
                }
            }
        }
    }

    @inline(__always)
    private func write(_ item: Item, _ body: (PortfolioEntry, PortfolioRowText) -> Void) {
        let name = blocks[Int(item.textBlock)] + Int(item.textStart)
        let owner = name + Int(item.nameCount)
        let reference = owner + Int(item.ownerCount)
        let nameBytes = UnsafeBufferPointer(start: name, count: Int(item.nameCount))
        let ownerBytes = UnsafeBufferPointer(start: owner, count: Int(item.ownerCount))
        let referenceBytes = UnsafeBufferPointer(start: reference, count: Int(item.referenceCount))
        guard item.entry.isUnlistedVendor || keepsIdentity else {
            body(item.entry, PortfolioRowText(name: nameBytes, owner: ownerBytes, reference: referenceBytes))
            return
        }
        writeWithNames(item, PortfolioRowText(name: nameBytes, owner: ownerBytes, reference: referenceBytes), body)
    }

    /// A row of a vendor cancelctl has no rules for, or for a writer that
    /// needs each row's id and product: their bytes looked up (out of line, rare).
    @inline(never)
    private func writeWithNames(_ item: Item, _ text: PortfolioRowText, _ body: (PortfolioEntry, PortfolioRowText) -> Void) {
        unlistedText.withUnsafeBufferPointer { all in
            var text = text
            if item.unlistedName > 0, let base = all.baseAddress {
                let span = unlistedSpans[Int(item.unlistedName) - 1]
                text.vendorBytes = UnsafeBufferPointer(start: base + span.start, count: span.nameCount)
                text.unlistedVendorID = UnsafeBufferPointer(start: base + span.start + span.nameCount, count: span.idCount)
            }
            guard keepsIdentity else {
                body(item.entry, text)
                return
            }
            let identity = identities[item.entry.line]
            (identity?.id ?? []).withUnsafeBufferPointer { id in
                (identity?.product ?? []).withUnsafeBufferPointer { product in
                    text.idBytes = id
                    text.productBytes = product
                    body(item.entry, text)
                }
            }
        }
    }
}
