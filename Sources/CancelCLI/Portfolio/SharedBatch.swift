import CancelPortfolio
import Synchronization

/// A batch whose rows are planned in slices by whichever thread is free:
/// the thread that reads and writes joins in once it has read the next
/// batch, and the other thread starts on the next batch while this one is
/// written out, so the two stay busy however the work divides (a fixed
/// split left one waiting on the other; how long planning takes against
/// reading depends on the file and the vendors).
final class SharedBatch: @unchecked Sendable {
    let batch: PortfolioBatch
    static let sliceSize = 256
    let sliceCount: Int
    private let nextSlice = Atomic<Int>(0)
    /// One part per slice, each written once by the thread that claimed the
    /// slice; read after that thread is joined.
    private let parts: UnsafeMutablePointer<PortfolioBatch.Part?>

    init(_ batch: PortfolioBatch) {
        self.batch = batch
        sliceCount = (batch.count + SharedBatch.sliceSize - 1) / SharedBatch.sliceSize
        parts = .allocate(capacity: max(sliceCount, 1))
        parts.initialize(repeating: nil, count: max(sliceCount, 1))
    }

    deinit {
        parts.deinitialize(count: max(sliceCount, 1))
        parts.deallocate()
    }

    private func rows(of slice: Int) -> Range<Int> {
        slice * SharedBatch.sliceSize..<min(batch.count, (slice + 1) * SharedBatch.sliceSize)
    }

    /// Plans (and writes, with a writer) slices until none is left.
    /// `names` is the calling thread's: one for the reading thread, one for
    /// the other, each used by one thread at a time (joined in between).
    func work(with planner: PortfolioPlanner, writer: UncheckedWriter?, names: NameMemory) {
        while true {
            let slice = nextSlice.wrappingAdd(1, ordering: .relaxed).oldValue
            guard slice < sliceCount else { return }
            parts[slice] = batch.process(rows(of: slice), with: planner, writer: writer, names: &names.names)
        }
    }

    /// Slice `slice`'s part, once every thread that worked on the batch has
    /// been joined (planned here if no thread claimed it).
    func part(_ slice: Int, with planner: PortfolioPlanner, writer: UncheckedWriter?) -> PortfolioBatch.Part {
        if let part = parts[slice] { return part }
        var names = UnlistedVendorNames()
        return batch.process(rows(of: slice), with: planner, writer: writer, names: &names)
    }

    /// The first row of slice `slice`.
    func firstRow(of slice: Int) -> Int { slice * SharedBatch.sliceSize }
}

/// One thread's ``UnlistedVendorNames``, kept from batch to batch.
final class NameMemory: @unchecked Sendable {
    var names = UnlistedVendorNames()
}
