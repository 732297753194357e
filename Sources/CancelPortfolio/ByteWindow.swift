import CancelCore

/// A sliding window over a ``ByteSource``: the bytes of the record being
/// read stay in memory, everything before it is dropped on refill, so a
/// reader's memory is bounded by its longest record, not by the file.
struct ByteWindow {
    let source: any ByteSource
    let chunkSize: Int
    /// Valid bytes are `storage[0..<end]`.
    var storage: [UInt8] = []
    var end = 0
    var exhausted = false
    var failed = false

    init(source: any ByteSource, chunkSize: Int) {
        self.source = source
        self.chunkSize = max(16, chunkSize)
    }

    /// Drops the bytes before `keep` and reads one more chunk. `keep` and
    /// any index after it shift down by the returned amount. False at the end.
    mutating func refill(keeping keep: Int) -> (more: Bool, shift: Int) {
        guard !exhausted else { return (false, 0) }
        let shift = keep
        if shift > 0 {
            let remaining = end - shift
            storage.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress else { return }
                base.copyMemory(from: base + shift, byteCount: remaining)
            }
            end = remaining
        }
        if storage.count - end < chunkSize {
            storage.append(contentsOf: repeatElement(0, count: max(chunkSize, storage.count) - (storage.count - end)))
        }
        let count = storage.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return source.read(into: UnsafeMutableRawBufferPointer(start: base + end, count: raw.count - end))
        }
        if count <= 0 {
            exhausted = true
            failed = count < 0
            return (false, shift)
        }
        end += count
        return (true, shift)
    }
}
