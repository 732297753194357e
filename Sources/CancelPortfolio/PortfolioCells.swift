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
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Two offsets (start, end) into `bytes` per ``PortfolioColumn/slot``.
    private let spans: UnsafeBufferPointer<UInt32>

    init(line: Int, givenFacts: UInt32, bytes: UnsafeBufferPointer<UInt8>, spans: UnsafeBufferPointer<UInt32>) {
        self.line = line
        self.givenFacts = givenFacts
        self.bytes = bytes
        self.spans = spans
    }

    /// The bytes of `column` as typed (unescaped), empty when not given.
    public subscript(column: PortfolioColumn) -> UnsafeBufferPointer<UInt8> {
        self[slot: column.slot]
    }

    /// The bytes of `fact` as typed, empty when not given.
    public subscript(fact: Fact) -> UnsafeBufferPointer<UInt8> {
        self[slot: PortfolioColumn.firstFactSlot + fact.index]
    }

    subscript(slot slot: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Int(spans[2 * slot]), end = Int(spans[2 * slot + 1])
        guard start < end, end <= bytes.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
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
