import CancelCore
import CancelPortfolio

/// The portfolio reader, whatever the input format, never yields more rows
/// than the low-level reader found records: shared by the CSV and JSON
/// Lines harnesses.
public func checkPortfolioRows(_ bytes: [UInt8], format: PortfolioInputFormat, chunkSize: Int, records: Int) {
    guard var reader = try? PortfolioReader(source: MemoryByteSource(bytes), format: format, chunkSize: chunkSize) else { return }
    var count = 0
    while reader.next() != nil { count += 1 }
    fuzzCheck(count <= records, "portfolio reader yields \(count) rows for \(records) records")
}
