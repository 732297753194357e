import CancelCore

/// Where a file's cells go in a batch row (``PortfolioRecordBatch``): a
/// pair of offsets per field, in the header's order, so the CSV scan
/// writes each field to the next pair with no lookup, and a cell is found
/// through ``pairOfSlot``. A header of more than ``maxScannedFields``
/// fields (which the scan leaves to the general one) gets a pair per
/// column read instead, so a wide file's rows stay small.
@usableFromInline
struct CellLayout: Sendable {
    /// Offset pairs per row.
    @usableFromInline let width: Int
    /// The pair of each ``PortfolioColumn/slot``, -1 for a column the file
    /// does not have (its cell is empty in every row).
    @usableFromInline let pairOfSlot: [Int32]
    /// The header's field count (0 for ``bySlot``).
    let fieldCount: Int
    /// The pair of each field, -1 for an ignored one.
    let fieldPairs: [Int32]
    /// The bit of each field in ``PortfolioCells/givenFacts``, 0 for a
    /// field that is not a fact.
    let fieldFactBits: [UInt32]
    /// For each pair that holds a fact, twice its index and the fact's
    /// bit: a row's ``PortfolioCells/givenFacts`` are the bits of those
    /// not empty.
    let factCells: [UInt32]
    /// Bit `i` set when field `i` (below 64) is read.
    let readFields: UInt64
    /// True when a row's pairs are its fields in order, as the batch scan writes them.
    let inFieldOrder: Bool

    /// The most fields a record read by the batch scan has
    /// (``CSVReader/scanPlainRecords(into:rowLimit:byteLimit:)``).
    static let maxScannedFields = 256
    /// Pairs past the last row that a refused record's extra fields may
    /// be written to: the scan checks its field count once a word (of at
    /// most eight fields, and one more from a quoted field).
    static let slack = 2 * 10

    /// One pair per slot, in slot order: JSON Lines and rows of strings.
    static let bySlot: CellLayout = {
        let slots = (0..<PortfolioColumn.slotCount).map { Int32($0) }
        return CellLayout(width: PortfolioColumn.slotCount, pairOfSlot: slots, fieldCount: 0, fieldPairs: [],
                          fieldFactBits: [], factCells: [], readFields: 0, inFieldOrder: false)
    }()

    private init(width: Int, pairOfSlot: [Int32], fieldCount: Int, fieldPairs: [Int32], fieldFactBits: [UInt32],
                 factCells: [UInt32], readFields: UInt64, inFieldOrder: Bool) {
        self.width = width
        self.pairOfSlot = pairOfSlot
        self.fieldCount = fieldCount
        self.fieldPairs = fieldPairs
        self.fieldFactBits = fieldFactBits
        self.factCells = factCells
        self.readFields = readFields
        self.inFieldOrder = inFieldOrder
    }

    /// The layout of a CSV file whose field `i` is column slot `slots[i]`
    /// (-1 when ignored). Each slot appears at most once (the header check
    /// refuses a column named twice; a second one would be ignored here).
    init(csvSlots slots: [Int]) {
        let inFieldOrder = slots.count <= CellLayout.maxScannedFields
        var pairOfSlot = [Int32](repeating: -1, count: PortfolioColumn.slotCount)
        var fieldPairs = [Int32](repeating: -1, count: slots.count)
        var fieldFactBits = [UInt32](repeating: 0, count: slots.count)
        var factCells: [UInt32] = []
        var readFields: UInt64 = 0
        var pairs = 0
        for (field, slot) in slots.enumerated() where slot >= 0 && slot < pairOfSlot.count && pairOfSlot[slot] < 0 {
            let pair = Int32(inFieldOrder ? field : pairs)
            pairs += 1
            pairOfSlot[slot] = pair
            fieldPairs[field] = pair
            if field < 64 { readFields |= 1 << UInt64(field) }
            let fact = slot - PortfolioColumn.firstFactSlot
            if fact >= 0 && fact < 32 {
                fieldFactBits[field] = 1 << UInt32(fact)
                factCells += [2 * UInt32(pair), 1 << UInt32(fact)]
            }
        }
        self.init(width: max(inFieldOrder ? slots.count : pairs, 1), pairOfSlot: pairOfSlot, fieldCount: slots.count,
                  fieldPairs: fieldPairs, fieldFactBits: fieldFactBits, factCells: factCells,
                  readFields: readFields, inFieldOrder: inFieldOrder)
    }

    /// True when the batch scan can read this file's records.
    var scansWords: Bool { inFieldOrder && fieldCount > 0 }
}
