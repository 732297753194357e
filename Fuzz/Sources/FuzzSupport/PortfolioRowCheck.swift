import CancelCore
import CancelPortfolio

/// The portfolio reader, whatever the input format, never yields more rows
/// than the low-level reader found records: shared by the CSV and JSON
/// Lines harnesses. `records` counts them with the CSV delimiter the
/// portfolio reader chose (nil for JSON Lines): a quote opens a quoted
/// field only right after a delimiter, so `;` and `,` can split the same
/// bytes into different records.
public func checkPortfolioRows(_ bytes: [UInt8], format: PortfolioInputFormat, chunkSize: Int,
                               records: (CSVDelimiter?) -> Int) {
    guard var reader = try? PortfolioReader(source: MemoryByteSource(bytes), format: format, chunkSize: chunkSize) else { return }
    let expected = records(reader.delimiter)
    var count = 0
    while reader.next() != nil { count += 1 }
    fuzzCheck(count <= expected, "portfolio reader yields \(count) rows for \(expected) records")
}
