import CancelPortfolio

/// The last references to a batch that has been handled, passed to the
/// thread that plans the next batch so the rows' strings and the outcomes
/// are freed there rather than on the thread that reads and writes. The
/// reading thread stops touching the batch before handing it over, and the
/// thread join orders everything after.
final class RetiredBatch: @unchecked Sendable {
    private var batch: PortfolioBatch?
    private var outcomes: [PortfolioBatch.Outcome]?

    func keep(_ batch: PortfolioBatch, _ outcomes: [PortfolioBatch.Outcome]) {
        self.batch = batch
        self.outcomes = outcomes
    }

    func free() {
        batch = nil
        outcomes = nil
    }
}
