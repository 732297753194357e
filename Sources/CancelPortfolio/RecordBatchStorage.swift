import CancelCore

/// The memory of a ``PortfolioRecordBatch``, allocated once per batch and
/// written through pointers: the CSV scan stores a row's cells, line and
/// bytes with plain stores, where arrays checked capacity and uniqueness on
/// each append and were zero-filled before use (720 KB a batch, ~190
/// instructions a row as callgrind counts a fill). Nothing here is zeroed:
/// every cell pair a reader reads is written first (``CellLayout``), and
/// raw offsets exist only when kept.
///
/// Only a uniquely referenced batch writes to it (``PortfolioRecordBatch``
/// copies it first otherwise), so a batch shared between threads is
/// immutable: hence `@unchecked Sendable`.
@usableFromInline
final class RecordBatchStorage: @unchecked Sendable {
    @usableFromInline let layout: CellLayout
    /// Every row's record bytes (and unescaped cells, and raw bytes kept
    /// apart); `bytes[0..<byteCount]` is written.
    @usableFromInline private(set) var bytes: UnsafeMutablePointer<UInt8>
    @usableFromInline var byteCount = 0
    private(set) var byteCapacity: Int
    /// `2 * layout.width` offsets into `bytes` per row, and
    /// ``CellLayout/slack`` more after the last.
    @usableFromInline private(set) var cells: UnsafeMutablePointer<UInt32>
    @usableFromInline private(set) var lines: UnsafeMutablePointer<Int>
    /// Per row, ``PortfolioCells/givenFacts``.
    @usableFromInline private(set) var givens: UnsafeMutablePointer<UInt32>
    /// Per row, the start and end of its raw bytes in `bytes`, when `keepsRaw`.
    private(set) var raws: UnsafeMutablePointer<UInt32>
    var keepsRaw: Bool
    @usableFromInline var count = 0
    private(set) var rowCapacity: Int

    init(layout: CellLayout, rows: Int, bytes byteCapacity: Int, keepsRaw: Bool) {
        self.layout = layout
        self.keepsRaw = keepsRaw
        rowCapacity = max(rows, 1)
        self.byteCapacity = max(byteCapacity, 64)
        bytes = .allocate(capacity: self.byteCapacity)
        cells = .allocate(capacity: rowCapacity * 2 * layout.width + CellLayout.slack)
        lines = .allocate(capacity: rowCapacity)
        givens = .allocate(capacity: rowCapacity)
        raws = .allocate(capacity: 2 * rowCapacity)
    }

    deinit {
        bytes.deallocate()
        cells.deallocate()
        lines.deallocate()
        givens.deallocate()
        raws.deallocate()
    }

    /// A copy of everything written (a batch about to change while shared).
    func copy() -> RecordBatchStorage {
        let copy = RecordBatchStorage(layout: layout, rows: rowCapacity, bytes: byteCapacity, keepsRaw: keepsRaw)
        copy.bytes.initialize(from: bytes, count: byteCount)
        copy.byteCount = byteCount
        copy.count = count
        for row in 0..<count {
            copy.lines[row] = lines[row]
            copy.givens[row] = givens[row]
        }
        // Copied as raw memory: a rejected row's raw offsets are not written.
        UnsafeMutableRawPointer(copy.cells).copyMemory(from: cells, byteCount: count * 2 * layout.width * 4)
        if keepsRaw { UnsafeMutableRawPointer(copy.raws).copyMemory(from: raws, byteCount: count * 2 * 4) }
        return copy
    }

    /// Room for `rows` rows in all.
    func reserve(rows: Int) {
        guard rows > rowCapacity else { return }
        let capacity = max(rows, 2 * rowCapacity)
        cells = RecordBatchStorage.grown(cells, rawCount: count * 2 * layout.width,
                                         to: capacity * 2 * layout.width + CellLayout.slack)
        lines = RecordBatchStorage.grown(lines, rawCount: count, to: capacity)
        givens = RecordBatchStorage.grown(givens, rawCount: count, to: capacity)
        raws = RecordBatchStorage.grown(raws, rawCount: keepsRaw ? 2 * count : 0, to: 2 * capacity)
        rowCapacity = capacity
    }

    /// Room for `more` bytes after `byteCount`.
    @inline(__always)
    func reserve(bytes more: Int) {
        if byteCapacity - byteCount < more { growBytes(byteCount + more) }
    }

    private func growBytes(_ wanted: Int) {
        let capacity = max(wanted, 2 * byteCapacity)
        bytes = RecordBatchStorage.grown(bytes, rawCount: byteCount, to: capacity)
        byteCapacity = capacity
    }

    private static func grown<Element>(_ old: UnsafeMutablePointer<Element>, rawCount: Int,
                                       to capacity: Int) -> UnsafeMutablePointer<Element> {
        let new = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        UnsafeMutableRawPointer(new).copyMemory(from: old, byteCount: rawCount * MemoryLayout<Element>.stride)
        old.deallocate()
        return new
    }

    /// Appends `source` to `bytes`; returns where it starts.
    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count length: Int) -> Int {
        reserve(bytes: length)
        let start = byteCount
        (bytes + start).initialize(from: source, count: length)
        byteCount += length
        return start
    }

    /// Starts row `count` with every cell empty; returns its index.
    func beginRow(line: Int) -> Int {
        reserve(rows: count + 1)
        let row = count
        (cells + row * 2 * layout.width).initialize(repeating: 0, count: 2 * layout.width)
        lines[row] = line
        givens[row] = 0
        if keepsRaw {
            raws[2 * row] = 0
            raws[2 * row + 1] = 0
        }
        count += 1
        return row
    }

    /// Sets row `row`'s raw bytes.
    func setRaw(_ row: Int, start: Int, end: Int) {
        raws[2 * row] = UInt32(truncatingIfNeeded: start)
        raws[2 * row + 1] = UInt32(truncatingIfNeeded: end)
    }

    /// Keeps `raw` as row `row`'s raw bytes, when raw bytes are kept.
    func keepRaw(_ row: Int, _ raw: UnsafeBufferPointer<UInt8>) {
        guard keepsRaw else { return }
        let start = raw.baseAddress.map { append($0, count: raw.count) } ?? byteCount
        setRaw(row, start: start, end: byteCount)
    }

    /// Fills row `row` (begun, cells empty) from a record read by the
    /// general scan: `raw` of `window` is the record, `fields` its fields
    /// in the window, as many as the header has. The record is copied
    /// once and each field's pair points into the copy; a field with
    /// doubled quotes is unescaped after it.
    func setRecord(_ row: Int, window: UnsafeBufferPointer<UInt8>, raw: Range<Int>,
                   fields: UnsafeBufferPointer<CSVFieldSpan>) {
        guard let base = window.baseAddress, raw.lowerBound >= 0, raw.upperBound <= window.count else { return }
        let start = append(base + raw.lowerBound, count: raw.count)
        if keepsRaw { setRaw(row, start: start, end: byteCount) }
        let shift = start - raw.lowerBound
        var given: UInt32 = 0
        for (index, field) in fields.prefix(min(layout.fieldCount, layout.fieldPairs.count)).enumerated() {
            let pair = Int(layout.fieldPairs[index])
            guard pair >= 0, field.start < field.end, field.start >= raw.lowerBound, field.end <= raw.upperBound else { continue }
            given |= layout.fieldFactBits[index]
            if field.hasEscapes {
                setUnescaped(row, pair: pair, from: UnsafeBufferPointer(rebasing: window[field.start..<field.end]))
            } else {
                let cell = cells + (row * layout.width + pair) * 2
                cell[0] = UInt32(truncatingIfNeeded: field.start + shift)
                cell[1] = UInt32(truncatingIfNeeded: field.end + shift)
            }
        }
        givens[row] |= given
    }

    /// Writes `source`'s bytes with each doubled quote made single at the
    /// end of `bytes`, and points pair `pair` of row `row` at them.
    /// `source` must not lie in `bytes` (which this may move).
    func setUnescaped(_ row: Int, pair: Int, from source: UnsafeBufferPointer<UInt8>) {
        reserve(bytes: source.count)
        let start = byteCount
        var out = start
        var index = 0
        while index < source.count {
            let byte = source[index]
            bytes[out] = byte
            out += 1
            index += byte == 0x22 && index + 1 < source.count && source[index + 1] == 0x22 ? 2 : 1
        }
        byteCount = out
        let cell = cells + (row * layout.width + pair) * 2
        cell[0] = UInt32(truncatingIfNeeded: start)
        cell[1] = UInt32(truncatingIfNeeded: out)
    }
}
