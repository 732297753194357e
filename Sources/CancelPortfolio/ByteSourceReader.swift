/// A reader that pulls its input from a ``ByteSource``; written once here,
/// every such reader can also read bytes already in memory.
public protocol ByteSourceReader {
    init(source: any ByteSource, chunkSize: Int)
}

extension ByteSourceReader {
    /// A reader over bytes in memory (tests, fuzzing).
    public init(bytes: [UInt8], chunkSize: Int = 1 << 16) {
        self.init(source: MemoryByteSource(bytes), chunkSize: chunkSize)
    }
}
