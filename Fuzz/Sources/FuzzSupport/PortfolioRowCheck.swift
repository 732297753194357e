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
    var items: [PortfolioInputItem] = []
    while let item = reader.next() { items.append(item) }
    fuzzCheck(items.count <= expected, "portfolio reader yields \(items.count) rows for \(expected) records")
    checkBatches(bytes, format: format, chunkSize: chunkSize, against: items)
}

/// `portfolio` reads rows in batches of bytes (``PortfolioReader/readBatch(into:limit:keepingRaw:)``,
/// raw memory written through pointers): the same rows and rejections as
/// one at a time, in batches of a few rows so batch ends fall everywhere.
private func checkBatches(_ bytes: [UInt8], format: PortfolioInputFormat, chunkSize: Int, against items: [PortfolioInputItem]) {
    guard var reader = try? PortfolioReader(source: MemoryByteSource(bytes), format: format, chunkSize: chunkSize) else { return }
    var batch = PortfolioRecordBatch()
    var read: [PortfolioInputItem] = []
    while true {
        reader.readBatch(into: &batch, limit: 1 + chunkSize % 4, keepingRaw: true)
        if batch.isEmpty { break }
        for index in 0..<batch.count {
            if let reason = batch.rejection(index) {
                read.append(.rejected(line: batch.line(index), reason: reason))
            } else {
                read.append(.row(batch.withCells(index) { $0.row }))
            }
            fuzzCheck(batch.raw(index).count <= bytes.count, "raw row longer than the input")
        }
        fuzzCheck(read.count <= items.count, "batches yield more rows than the reader")
    }
    // (A row of strings keeps an empty vendor as ""; cells have no empty cell.)
    fuzzCheck(read.map(sameEmpty) == items.map(sameEmpty), "batches and rows differ")
}

private func sameEmpty(_ item: PortfolioInputItem) -> PortfolioInputItem {
    guard case .row(var row) = item, row.vendor == "" else { return item }
    row.vendor = nil
    return .row(row)
}
