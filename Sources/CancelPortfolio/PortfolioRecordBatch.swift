import CancelCore

/// A run of portfolio rows held as bytes: each row's cells are spans of one
/// shared buffer (``PortfolioCells``), so reading a row allocates nothing.
/// The reader fills it; planners read it from any thread, each its own
/// range of rows.
public struct PortfolioRecordBatch: Sendable {
    /// Rows, cells and bytes (``RecordBatchStorage``); copied before a
    /// change when another batch value shares it.
    @usableFromInline var storage: RecordBatchStorage
    /// Rows the reader rejected (malformed, too few fields), by index.
    @usableFromInline private(set) var rejections: [Int: LocalizedText] = [:]
    /// Offsets are 32-bit: a batch closes once its buffer passes this,
    /// which leaves 2 GiB for the record read last (a record that size
    /// would not fit in the reader's window on most machines anyway).
    static let byteLimit = Int(UInt32.max / 2)

    private static let empty = RecordBatchStorage(layout: .bySlot, rows: 0, bytes: 0, keepsRaw: false)

    public init() {
        storage = PortfolioRecordBatch.empty
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.count == 0 }
    var byteCount: Int { storage.byteCount }

    /// The 1-based line row `index` starts on.
    public func line(_ index: Int) -> Int {
        precondition(index >= 0 && index < storage.count, "row index out of range")
        return storage.lines[index]
    }

    /// Why the reader refused row `index`, or nil for a row to plan.
    /// Inlinable: asked for every row, nearly always of an empty table.
    @inlinable
    public func rejection(_ index: Int) -> LocalizedText? {
        rejections.isEmpty ? nil : rejections[index]
    }

    /// The row's bytes exactly as read, with its line end; empty when the
    /// batch was read without keeping them.
    public func raw(_ index: Int) -> ArraySlice<UInt8> {
        guard storage.keepsRaw, index >= 0, index < storage.count else { return [] }
        let start = Int(storage.raws[2 * index]), end = Int(storage.raws[2 * index + 1])
        guard start <= end, end <= storage.byteCount else { return [] }
        return ArraySlice(UnsafeBufferPointer(start: storage.bytes + start, count: end - start))
    }

    /// Calls `body` with the cells of row `index`.
    public func withCells<Result, Failure: Error>(_ index: Int, _ body: (PortfolioCells) throws(Failure) -> Result) throws(Failure) -> Result {
        precondition(index >= 0 && index < storage.count, "row index out of range")
        return try storage.layout.pairOfSlot.withUnsafeBufferPointer { pairOfSlot throws(Failure) in
            try body(cells(index, pairOfSlot))
        }
    }

    /// Calls `body` with the cells of each row in `range` (rejected rows
    /// included: ask ``rejection(_:)``), with one pointer set-up for all.
    /// Inlinable, so the writers' and planners' loops in CancelCLI run
    /// `body` inline: a closure call per row, with its context copied in a
    /// forwarding thunk, cost about 60 instructions a row.
    @inlinable
    public func forEachCells(in range: Range<Int>, _ body: (Int, PortfolioCells) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= storage.count, "row range out of range")
        // Read once: `body` could change any class's properties, as far as
        // the compiler knows, so they were loaded again for every row.
        let storage = self.storage
        let bytes = UnsafeBufferPointer(start: UnsafePointer(storage.bytes), count: storage.byteCount)
        let lines = storage.lines, givens = storage.givens, pairs = UnsafePointer(storage.cells)
        let rowWidth = 2 * storage.layout.width
        storage.layout.pairOfSlot.withUnsafeBufferPointer { pairOfSlot in
            for index in range {
                body(index, PortfolioCells(line: lines[index], givenFacts: givens[index], bytes: bytes,
                                           pairs: pairs + index * rowWidth, pairOfSlot: pairOfSlot))
            }
        }
    }

    @inline(__always)
    private func cells(_ index: Int, _ pairOfSlot: UnsafeBufferPointer<Int32>) -> PortfolioCells {
        PortfolioCells(line: storage.lines[index], givenFacts: storage.givens[index],
                       bytes: UnsafeBufferPointer(start: storage.bytes, count: storage.byteCount),
                       pairs: UnsafePointer(storage.cells + index * 2 * storage.layout.width), pairOfSlot: pairOfSlot)
    }

    // MARK: Filling (the reader)

    /// Empties the batch for rows laid out as `layout`, with room for
    /// `rows` rows and `bytes` bytes (more is made as needed).
    mutating func prepare(layout: CellLayout, rows: Int, bytes: Int, keepingRaw: Bool) {
        rejections.removeAll()
        storage = RecordBatchStorage(layout: layout, rows: rows, bytes: bytes, keepsRaw: keepingRaw)
    }

    /// The storage to write rows into, not shared with any other batch.
    mutating func uniqueStorage() -> RecordBatchStorage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Starts a row: every cell empty until set.
    mutating func beginRow(line: Int) {
        _ = uniqueStorage().beginRow(line: line)
    }

    /// Appends `cell` as the value of `slot` in the row begun last.
    mutating func setCell(_ slot: Int, _ cell: UnsafeBufferPointer<UInt8>) {
        let storage = uniqueStorage()
        guard !cell.isEmpty, let source = cell.baseAddress, storage.count > 0,
              slot >= 0, slot < storage.layout.pairOfSlot.count else { return }
        let pair = Int(storage.layout.pairOfSlot[slot])
        guard pair >= 0 else { return }
        let row = storage.count - 1
        let start = storage.append(source, count: cell.count)
        let cells = storage.cells + (row * storage.layout.width + pair) * 2
        cells[0] = UInt32(truncatingIfNeeded: start)
        cells[1] = UInt32(truncatingIfNeeded: storage.byteCount)
        let fact = slot - PortfolioColumn.firstFactSlot
        if fact >= 0 && fact < 32 { storage.givens[row] |= 1 << UInt32(fact) }
    }

    /// Keeps `raw` as the bytes of the row begun last (a rejected row, a
    /// JSON Lines row), when the batch keeps raw bytes.
    mutating func keepRaw(_ raw: ArraySlice<UInt8>) {
        let storage = uniqueStorage()
        guard storage.keepsRaw, storage.count > 0 else { return }
        let start = raw.withUnsafeBufferPointer { raw in
            raw.baseAddress.map { storage.append($0, count: raw.count) } ?? storage.byteCount
        }
        storage.setRaw(storage.count - 1, start: start, end: storage.byteCount)
    }

    /// Marks the row begun last as refused by the reader.
    mutating func reject(_ reason: LocalizedText) {
        rejections[storage.count - 1] = reason
    }

    /// Empties the batch, keeping its capacity for the next run of rows.
    public mutating func removeAll() {
        rejections.removeAll()
        let storage = uniqueStorage()
        storage.count = 0
        storage.byteCount = 0
    }
}
