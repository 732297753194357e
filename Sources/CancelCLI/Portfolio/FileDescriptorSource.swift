#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCore
import CancelPortfolio

/// Reads a file or standard input with read(2), for the streaming readers.
public final class FileDescriptorSource: ByteSource {
    public let descriptor: Int32
    private let closesOnDeinit: Bool

    public init(descriptor: Int32, closesOnDeinit: Bool = false) {
        self.descriptor = descriptor
        self.closesOnDeinit = closesOnDeinit
    }

    /// The file at `path` opened for reading; nil when it cannot be. A
    /// directory opens on Linux but fails at the first read, after output
    /// has started: it is refused here, before anything is printed.
    public convenience init?(path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else {
            _ = close(fd)
            return nil
        }
        self.init(descriptor: fd, closesOnDeinit: true)
    }

    deinit {
        if closesOnDeinit { _ = close(descriptor) }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(descriptor, base, buffer.count)
            #elseif canImport(Musl)
            let count = Musl.read(descriptor, base, buffer.count)
            #else
            let count = Darwin.read(descriptor, base, buffer.count)
            #endif
            if count < 0 && errno == EINTR { continue }
            return count
        }
    }
}

/// Bytes already read (for format detection) served first, then the rest
/// of the underlying source.
final class PrefixedByteSource: ByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private let rest: any ByteSource

    init(prefix: [UInt8], rest: any ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if offset < prefix.count {
            let count = min(buffer.count, prefix.count - offset)
            guard let base = buffer.baseAddress else { return 0 }
            prefix.withUnsafeBytes { source in
                if let from = source.baseAddress { base.copyMemory(from: from + offset, byteCount: count) }
            }
            offset += count
            if offset == prefix.count { prefix = [] ; offset = Int.max }
            return count
        }
        return rest.read(into: buffer)
    }
}
