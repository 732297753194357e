import CancelCore
import CancelPortfolio

/// A run of rows read together as bytes (``PortfolioRecordBatch``), so it
/// can be planned on two threads at once, each its own range of rows, and
/// then handled in input order: output, error lines and `--errors` are the
/// same as one row at a time.
struct PortfolioBatch: Sendable {
    /// What became of one row, in input order.
    enum Outcome: Sendable {
        case planned(PortfolioEntry)
        case failed(line: Int, InputError)
        case rejected(line: Int, reason: LocalizedText)
    }

    /// What one thread made of a range of rows: an outcome each, and the
    /// rows already written when the format allows (see ``process(_:with:writer:)``).
    struct Part: Sendable {
        var outcomes: [Outcome] = []
        var output = ByteBuffer()
    }

    /// Rows per batch: large enough that starting a thread per batch is
    /// noise (about 250 for a million rows), small enough to stay in cache.
    static let size = 4096

    var records = PortfolioRecordBatch()

    var count: Int { records.count }

    /// Reads the next rows into this batch (its storage reused).
    mutating func read(from reader: inout PortfolioReader, keepingRaw: Bool) {
        reader.readBatch(into: &records, limit: PortfolioBatch.size, keepingRaw: keepingRaw)
    }

    /// Plans the rows in `range`; pure, so it may run on any thread. With a
    /// `writer` (one that writes rows independently), each planned row is
    /// also written into the part's output, in order.
    func process(_ range: Range<Int>, with planner: PortfolioPlanner, writer: UncheckedWriter?,
                 names: inout UnlistedVendorNames) -> Part {
        var part = Part()
        part.outcomes.reserveCapacity(range.count)
        // A CSV row is about 140 bytes: grown by doubling, the buffer was
        // copied a dozen times a batch.
        if writer != nil { part.output.bytes.reserveCapacity(range.count * 160) }
        records.forEachCells(in: range) { index, cells in
            if let reason = records.rejection(index) {
                part.outcomes.append(.rejected(line: cells.line, reason: reason))
                return
            }
            do throws(InputError) {
                let entry = try planner.entry(for: cells, names: &names)
                if let writer {
                    writer.value.write(entry, vendor: planner.vendorID(of: entry, typed: cells[.vendor]),
                                       text: PortfolioRowText(cells), to: &part.output)
                }
                part.outcomes.append(.planned(entry))
            } catch {
                part.outcomes.append(.failed(line: cells.line, error))
            }
        }
        return part
    }
}

/// A writer handed to another thread: only ever one whose
/// ``PortfolioRowWriter/writesRowsIndependently`` is true, which keeps no
/// state between rows.
struct UncheckedWriter: @unchecked Sendable {
    let value: any PortfolioRowWriter
}
