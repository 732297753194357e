import CancelCore

/// A run of portfolio rows held as bytes: each row's cells are spans of one
/// shared buffer (``PortfolioCells``), so reading a row allocates nothing.
/// The reader fills it; planners read it from any thread, each its own
/// range of rows.
public struct PortfolioRecordBatch: Sendable {
    /// Every row's cell bytes (and, when kept, its raw bytes).
    private var bytes: [UInt8] = []
    /// ``PortfolioColumn/slotCount`` pairs of offsets per row.
    private var spans: [UInt32] = []
    private var lines: [Int] = []
    /// Per row, bit `i` set when fact `i` has a value (``PortfolioCells/givenFacts``).
    private var givens: [UInt32] = []
    /// Raw bytes of each row as read (start, end into `bytes`), when kept
    /// for `--errors`.
    private var raws: [UInt32] = []
    /// Rows the reader rejected (malformed, too few fields), by index.
    private var rejections: [Int: LocalizedText] = [:]
    /// Offsets are 32-bit: a batch closes once its buffer passes this,
    /// which leaves 2 GiB for the record read last (a record that size
    /// would not fit in the reader's window on most machines anyway).
    static let byteLimit = Int(UInt32.max / 2)

    public init() {}

    public var count: Int { lines.count }
    public var isEmpty: Bool { lines.isEmpty }
    var byteCount: Int { bytes.count }

    /// The 1-based line row `index` starts on.
    public func line(_ index: Int) -> Int { lines[index] }

    /// Why the reader refused row `index`, or nil for a row to plan.
    public func rejection(_ index: Int) -> LocalizedText? {
        rejections.isEmpty ? nil : rejections[index]
    }

    /// The row's bytes exactly as read, with its line end; empty when the
    /// batch was read without keeping them.
    public func raw(_ index: Int) -> ArraySlice<UInt8> {
        guard 2 * index + 1 < raws.count else { return [] }
        return bytes[Int(raws[2 * index])..<Int(raws[2 * index + 1])]
    }

    /// Calls `body` with the cells of row `index`.
    public func withCells<Result, Failure: Error>(_ index: Int, _ body: (PortfolioCells) throws(Failure) -> Result) throws(Failure) -> Result {
        try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
            try spans.withUnsafeBufferPointer { all throws(Failure) in
                let width = 2 * PortfolioColumn.slotCount
                return try body(PortfolioCells(line: lines[index], givenFacts: givens[index], bytes: buffer,
                                               spans: UnsafeBufferPointer(rebasing: all[index * width..<(index + 1) * width])))
            }
        }
    }

    /// Calls `body` with the cells of each row in `range` (rejected rows
    /// included: ask ``rejection(_:)``), with one pointer set-up for all.
    public func forEachCells(in range: Range<Int>, _ body: (Int, PortfolioCells) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            spans.withUnsafeBufferPointer { all in
                let width = 2 * PortfolioColumn.slotCount
                for index in range {
                    body(index, PortfolioCells(line: lines[index], givenFacts: givens[index], bytes: buffer,
                                               spans: UnsafeBufferPointer(rebasing: all[index * width..<(index + 1) * width])))
                }
            }
        }
    }

    // MARK: Filling (the reader)

    /// Empty cells for the next `rows` rows, allocated at once: appending
    /// them row by row copied them element by element.
    mutating func reserveRows(_ rows: Int) {
        let wanted = (lines.count + rows) * 2 * PortfolioColumn.slotCount
        guard spans.count < wanted else { return }
        if spans.isEmpty {
            spans = [UInt32](unsafeUninitializedCapacity: wanted) { buffer, count in
                buffer.initialize(repeating: 0)
                count = wanted
            }
        } else {
            spans += repeatElement(0, count: wanted - spans.count)
        }
    }

    /// Starts a row: every cell empty until set.
    mutating func beginRow(line: Int) {
        lines.append(line)
        givens.append(0)
        let width = 2 * PortfolioColumn.slotCount
        if spans.count < lines.count * width { spans += repeatElement(0, count: lines.count * width - spans.count) }
    }

    /// Notes that `slot` of the row begun last has a value.
    @inline(__always)
    private mutating func mark(_ slot: Int) {
        let fact = slot - PortfolioColumn.firstFactSlot
        if fact >= 0 { givens[givens.count - 1] |= 1 << UInt32(fact) }
    }

    /// Appends `cell` as the value of `slot` in the row begun last.
    mutating func setCell(_ slot: Int, _ cell: UnsafeBufferPointer<UInt8>) {
        guard !cell.isEmpty else { return }
        let start = bytes.count
        bytes.append(contentsOf: cell)
        let base = (lines.count - 1) * 2 * PortfolioColumn.slotCount + 2 * slot
        spans[base] = UInt32(truncatingIfNeeded: start)
        spans[base + 1] = UInt32(truncatingIfNeeded: bytes.count)
        mark(slot)
    }

    /// Appends a whole record's bytes once and points cells into it
    /// (`offsets` relative to `record`): one copy per row, not per cell.
    mutating func appendRecord(_ record: UnsafeBufferPointer<UInt8>, keepRaw: Bool) -> Int {
        let start = bytes.count
        bytes.append(contentsOf: record)
        if keepRaw {
            raws.append(UInt32(truncatingIfNeeded: start))
            raws.append(UInt32(truncatingIfNeeded: bytes.count))
        }
        return start
    }

    /// Points the cells of the row begun last at a record's fields, in one
    /// pass over the row's spans: field `i` goes to `slots[i]` (skipped when
    /// negative), at `shift` plus its offset. Fields with doubled quotes are
    /// left for ``setCell(_:_:)``; returns whether there were any.
    mutating func pointCells(_ fields: UnsafeBufferPointer<CSVFieldSpan>, to slots: [Int], shift: Int) -> Bool {
        let row = (lines.count - 1) * 2 * PortfolioColumn.slotCount
        var given: UInt32 = 0
        var escaped = false
        spans.withUnsafeMutableBufferPointer { spans in
            slots.withUnsafeBufferPointer { slots in
                for index in 0..<min(fields.count, slots.count) {
                    let slot = slots[index], field = fields[index]
                    guard slot >= 0, field.start < field.end else { continue }
                    if field.hasEscapes {
                        escaped = true
                        continue
                    }
                    spans[row + 2 * slot] = UInt32(truncatingIfNeeded: shift + field.start)
                    spans[row + 2 * slot + 1] = UInt32(truncatingIfNeeded: shift + field.end)
                    if slot >= PortfolioColumn.firstFactSlot { given |= 1 << UInt32(slot - PortfolioColumn.firstFactSlot) }
                }
            }
        }
        givens[givens.count - 1] |= given
        return escaped
    }

    /// Keeps `raw` for a row that has no record in the buffer (JSON Lines).
    mutating func keepRaw(_ raw: ArraySlice<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: raw)
        raws.append(UInt32(truncatingIfNeeded: start))
        raws.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    /// Marks the row begun last as refused by the reader.
    mutating func reject(_ reason: LocalizedText) {
        rejections[lines.count - 1] = reason
    }

    /// Empties the batch, keeping its capacity for the next run of rows.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        // Dropped, not kept: cells are written in place and must start empty.
        spans = []
        lines.removeAll(keepingCapacity: true)
        givens.removeAll(keepingCapacity: true)
        raws.removeAll(keepingCapacity: true)
        rejections.removeAll()
    }
}
