import CancelCore
import CancelPortfolio

/// A run of rows read together as bytes (``PortfolioRecordBatch``), so it
/// can be planned on two threads at once, each its own range of rows, and
/// then handled in input order: output, error lines and `--errors` are the
/// same as one row at a time.
struct PortfolioBatch: Sendable {
    /// Why a row was not planned.
    enum Failure: Sendable {
        case failed(line: Int, InputError)
        case rejected(line: Int, reason: LocalizedText)
    }

    /// What one thread made of a range of rows: the entries of the rows
    /// planned, in order, the rows that were not (rare, kept apart so a
    /// planned row costs only its entry), and the rows already written
    /// when the format allows (see ``process(_:with:writer:names:)``).
    struct Part: Sendable {
        var entries: [PortfolioEntry] = []
        /// By row index within the batch, ascending.
        var failures: [(row: Int, failure: Failure)] = []
        var output = ByteBuffer()
        var rowCount: Int { entries.count + failures.count }
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
        part.entries.reserveCapacity(range.count)
        guard let writer = writer?.value else {
            records.forEachCells(in: range) { index, cells in
                if let failure = failure(index, cells, planner, &names, into: &part) { part.failures.append((index, failure)) }
            }
            return part
        }
        // A CSV row is about 140 bytes: grown by doubling, the buffer was
        // copied a dozen times a batch.
        part.output.reserveCapacity(range.count * 160)
        // CSV, the common case, called directly: through the writer
        // protocol with the vendor's name in a closure over the planner,
        // each row copied the planner (retaining its tables) and released it.
        if let csv = writer as? PortfolioCSVWriter {
            records.forEachCells(in: range) { index, cells in
                if let failure = failure(index, cells, planner, &names, into: &part) {
                    part.failures.append((index, failure))
                } else if let entry = part.entries.last {
                    let listed = csv.lists(entry)
                    let text = PortfolioRowText(cells, unlistedVendor: !listed, identity: false)
                    if listed {
                        csv.write(entry, unlistedVendorID: PortfolioRowText.none, text: text, to: &part.output)
                    } else {
                        csv.write(entry, unlistedVendor: names.vendorID(typed: text.vendorBytes), text: text, to: &part.output)
                    }
                }
            }
            return part
        }
        let identity = writer.needsIdentity
        records.forEachCells(in: range) { index, cells in
            if let failure = failure(index, cells, planner, &names, into: &part) {
                part.failures.append((index, failure))
            } else if let entry = part.entries.last {
                let text = PortfolioRowText(cells, unlistedVendor: entry.isUnlistedVendor, identity: identity)
                writer.write(entry, vendor: planner.vendorID(of: entry, typed: text.vendorBytes), text: text, to: &part.output)
            }
        }
        return part
    }

    /// Plans one row into `part`'s entries, or returns why it cannot be.
    @inline(__always)
    private func failure(_ index: Int, _ cells: PortfolioCells, _ planner: PortfolioPlanner,
                         _ names: inout UnlistedVendorNames, into part: inout Part) -> Failure? {
        if let reason = records.rejection(index) { return .rejected(line: cells.line, reason: reason) }
        do throws(InputError) {
            part.entries.append(try planner.entry(for: cells, names: &names))
            return nil
        } catch {
            return .failed(line: cells.line, error)
        }
    }
}

/// A writer handed to another thread: only ever one whose
/// ``PortfolioRowWriter/writesRowsIndependently`` is true, which keeps no
/// state between rows.
struct UncheckedWriter: @unchecked Sendable {
    let value: any PortfolioRowWriter
}
