import CancelCore

/// A run of input items read together, so they can be planned on another
/// thread while the next run is read: the items, and their raw bytes when
/// `--errors` needs them (the reader's own copy lasts one item only).
struct PortfolioBatch: Sendable {
    /// What became of one item, in input order.
    enum Outcome {
        case planned(PortfolioEntry)
        case failed(line: Int, InputError)
        case rejected(line: Int, reason: LocalizedText)
    }

    /// Rows per batch: large enough that starting a thread per batch is
    /// noise (about 250 for a million rows), small enough to stay in cache.
    static let size = 4096

    var items: [PortfolioInputItem] = []
    /// The raw bytes of each item, when kept.
    var raws: [[UInt8]] = []

    static func read(from reader: inout PortfolioReader, keepingRaw: Bool) -> PortfolioBatch {
        var batch = PortfolioBatch()
        batch.items.reserveCapacity(size)
        while batch.items.count < size, let item = reader.next() {
            batch.items.append(item)
            if keepingRaw { batch.raws.append(Array(reader.currentRaw)) }
        }
        return batch
    }

    /// The name, owner and typed vendor of item `index`, for output.
    func text(of index: Int) -> (name: String, owner: String, vendor: String) {
        guard case .row(let row) = items[index] else { return ("", "", "") }
        return (row.name, row.owner, row.vendor ?? "")
    }

    /// Plans every row; pure, so it may run on any thread.
    func plan(with planner: PortfolioPlanner) -> [Outcome] {
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(items.count)
        for item in items { outcomes.append(PortfolioBatch.outcome(of: item, planner)) }
        return outcomes
    }

    private static func outcome(of item: PortfolioInputItem, _ planner: PortfolioPlanner) -> Outcome {
        switch item {
        case .row(let row):
            do {
                return .planned(try planner.entry(for: row))
            } catch {
                return .failed(line: row.line, error)
            }
        case .rejected(let line, let reason):
            return .rejected(line: line, reason: reason)
        }
    }
}
