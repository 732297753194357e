import CancelCore
import CancelPortfolio
import FuzzSupport

/// Fuzzes the streaming portfolio JSON Lines reader and its JSON parser.
/// Whatever the bytes, it must not trap or hang (deep nesting included),
/// must read the same values and raw bytes whether it refills its window
/// every byte or every 64 KiB, must number lines in order, and
/// ``PortfolioReader`` must get through the input too.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let small = 1 + Int(bytes.last ?? 0) % 7
    let whole = records(bytes, chunkSize: 1 << 16)
    let chunked = records(bytes, chunkSize: small)
    fuzzCheck(whole.map(\.record) == chunked.map(\.record), "records differ with chunk size \(small)")
    fuzzCheck(whole.map(\.raw) == chunked.map(\.raw), "raw bytes differ with chunk size \(small)")
    fuzzCheck(zip(whole, whole.dropFirst()).allSatisfy { $0.record.line < $1.record.line }, "lines out of order")
    checkPortfolioRows(bytes, format: .jsonl, chunkSize: small) { _ in whole.count }
    return 0
}

private func records(_ bytes: [UInt8], chunkSize: Int) -> [(record: JSONLinesRecord, raw: [UInt8])] {
    var reader = JSONLinesReader(bytes: bytes, chunkSize: chunkSize)
    var result: [(record: JSONLinesRecord, raw: [UInt8])] = []
    while let record = reader.next() {
        result.append((record, Array(reader.currentRaw)))
        fuzzCheck(result.count <= bytes.count + 1, "more records than bytes")
    }
    return result
}
