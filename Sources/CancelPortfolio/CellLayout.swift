import CancelCore

/// Where a file's cells go in a batch row (``PortfolioRecordBatch``): one
/// pair of offsets per column the file has, in its order, and for CSV one
/// more pair that every ignored field is written to and nothing reads.
/// So a row costs only the columns the file has, and the CSV scan writes
/// each field to a place looked up by its index, with no test.
struct CellLayout: Sendable {
    /// Offset pairs per row.
    let width: Int
    /// The pair of each ``PortfolioColumn/slot``, -1 for a column the file
    /// does not have (its cell is empty in every row).
    let pairOfSlot: [Int8]
    /// The header's field count (0 for ``bySlot``).
    let fieldCount: Int
    /// For each field index (at least ``maxScannedFields`` of them): twice
    /// its pair's index (the trash pair for an ignored field or one past
    /// the header).
    let fieldPairOffsets: [Int32]
    /// For each field index (as many as ``fieldPairOffsets``): its bit in
    /// ``PortfolioCells/givenFacts``, 0 for a field that is not a fact.
    let fieldFactBits: [UInt32]

    /// The most fields a record read by the batch scan has
    /// (``CSVReader/scanPlainRecords(into:layout:rowLimit:keepingRaw:)``); the general scan reads a longer one.
    static let maxScannedFields = 256

    /// One pair per slot, in slot order: JSON Lines and rows of strings.
    static let bySlot: CellLayout = {
        let slots = (0..<PortfolioColumn.slotCount).map { Int8($0) }
        return CellLayout(width: PortfolioColumn.slotCount, pairOfSlot: slots, fieldCount: 0,
                          fieldPairOffsets: [], fieldFactBits: [])
    }()

    private init(width: Int, pairOfSlot: [Int8], fieldCount: Int, fieldPairOffsets: [Int32], fieldFactBits: [UInt32]) {
        self.width = width
        self.pairOfSlot = pairOfSlot
        self.fieldCount = fieldCount
        self.fieldPairOffsets = fieldPairOffsets
        self.fieldFactBits = fieldFactBits
    }

    /// The layout of a CSV file whose field `i` is column slot `slots[i]`
    /// (-1 when ignored). Each slot appears at most once (the header check
    /// refuses a column named twice).
    init(csvSlots slots: [Int]) {
        var pairOfSlot = [Int8](repeating: -1, count: PortfolioColumn.slotCount)
        var pairs = 0
        for slot in slots where slot >= 0 && slot < pairOfSlot.count && pairOfSlot[slot] < 0 {
            pairOfSlot[slot] = Int8(pairs)
            pairs += 1
        }
        let trash = pairs
        let tableSize = max(slots.count, CellLayout.maxScannedFields)
        var offsets = [Int32](repeating: Int32(2 * trash), count: tableSize)
        var bits = [UInt32](repeating: 0, count: tableSize)
        for (field, slot) in slots.enumerated() where slot >= 0 && slot < pairOfSlot.count {
            offsets[field] = 2 * Int32(pairOfSlot[slot])
            let fact = slot - PortfolioColumn.firstFactSlot
            if fact >= 0 && fact < 32 { bits[field] = 1 << UInt32(fact) }
        }
        self.init(width: pairs + 1, pairOfSlot: pairOfSlot, fieldCount: slots.count,
                  fieldPairOffsets: offsets, fieldFactBits: bits)
    }

    /// True when the batch scan can read this file's records.
    /// (A record's pairs that hold doubled quotes are noted in a 64-bit mask.)
    var scansWords: Bool { fieldCount > 0 && fieldCount <= CellLayout.maxScannedFields && width <= 64 }

    /// The pair ignored fields are written to (CSV layouts only).
    var trashPair: Int { width - 1 }
}
