import CancelCore

/// Where a streaming reader gets its bytes: a file, a pipe, or memory. A
/// class protocol so a reader can refill from it without copying the source.
public protocol ByteSource: AnyObject {
    /// Fills the start of `buffer`; returns the count read, 0 at the end,
    /// or a negative number when the source failed.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int
}

/// Bytes already in memory: tests, fuzzers and small inputs.
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0, let base = buffer.baseAddress else { return 0 }
        bytes.withUnsafeBytes { source in
            if let from = source.baseAddress {
                base.copyMemory(from: from + offset, byteCount: count)
            }
        }
        offset += count
        return count
    }
}
