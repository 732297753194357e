import CancelCore

/// One row's cells as UTF-8 bytes, by column, borrowed from a
/// ``PortfolioRecordBatch``: what the planner and the writers read, so a
/// million rows are triaged without a `String` per cell. Valid only inside
/// the closure that hands it out; an empty cell is not given.
public struct PortfolioCells {
    /// The 1-based line the row starts on.
    public let line: Int
    /// Bit `i` set when `Fact.allCases[i]` has a value in this row.
    public let givenFacts: UInt32
    // Inlinable, with what it reads: the writers in CancelCLI read six
    // cells a row, and a call each cost about 22 instructions.
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    /// The row's pairs of offsets (start, end) into `bytes` (``CellLayout``).
    @usableFromInline let pairs: UnsafePointer<UInt32>
    /// The pair of each ``PortfolioColumn/slot``, -1 when the file has no
    /// such column.
    @usableFromInline let pairOfSlot: UnsafeBufferPointer<Int32>

    @usableFromInline
    init(line: Int, givenFacts: UInt32, bytes: UnsafeBufferPointer<UInt8>, pairs: UnsafePointer<UInt32>,
         pairOfSlot: UnsafeBufferPointer<Int32>) {
        self.line = line
        self.givenFacts = givenFacts
        self.bytes = bytes
        self.pairs = pairs
        self.pairOfSlot = pairOfSlot
    }

    /// The bytes of `column` as typed (unescaped), empty when not given.
    @inlinable @inline(__always)
    public subscript(column: PortfolioColumn) -> UnsafeBufferPointer<UInt8> {
        self[slot: column.slot]
    }

    /// The bytes of `fact` as typed, empty when not given.
    @inlinable
    public subscript(fact: Fact) -> UnsafeBufferPointer<UInt8> {
        self[slot: PortfolioColumn.firstFactSlot + fact.index]
    }

    @inlinable @inline(__always)
    subscript(slot slot: Int) -> UnsafeBufferPointer<UInt8> {
        let pair = Int(pairOfSlot[slot])
        guard pair >= 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = Int(pairs[2 * pair]), end = Int(pairs[2 * pair + 1])
        guard start < end, end <= bytes.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// The row's fact cells, for ``FactParser/parse(_:given:into:products:)``;
    /// `product` stands for the product's cell when given.
    @inlinable @inline(__always)
    package func facts(product: UnsafeBufferPointer<UInt8>? = nil) -> FactCells {
        let first = min(PortfolioColumn.firstFactSlot, pairOfSlot.count)
        return FactCells(bytes: bytes, pairs: pairs, pairOfFact: UnsafeBufferPointer(rebasing: pairOfSlot[first...]), product: product)
    }

    /// The text of `column`, for messages and the rare paths that need a `String`.
    public func text(_ column: PortfolioColumn) -> String {
        let cell = self[column]
        return cell.isEmpty ? "" : String(decoding: cell, as: UTF8.self)
    }

    /// The row as a ``PortfolioRow`` of strings (tests, embedding tools).
    public var row: PortfolioRow {
        var row = PortfolioRow(line: line, vendor: nil)
        for column in PortfolioColumn.all where !self[column].isEmpty {
            row.set(column, text(column))
        }
        return row
    }
}
