#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where streamed output goes: a file descriptor, or memory for tests.
public protocol OutputSink: AnyObject {
    /// Writes every byte; false when the destination failed.
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool
    /// The errno of the first write that failed; nil while all succeeded.
    var failure: Int32? { get }
}

extension OutputSink {
    public var failure: Int32? { nil }

    /// Writes the whole text; false when the destination failed.
    @discardableResult
    public func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}

/// A file descriptor (stdout, stderr, an opened file), written with
/// write(2), retrying short writes and interruptions. This is the one write
/// loop of the program: files and streams all go through it.
public final class FileDescriptorSink: OutputSink {
    public let descriptor: Int32
    private let closesOnDeinit: Bool
    public private(set) var failure: Int32?

    public init(descriptor: Int32, closesOnDeinit: Bool = false) {
        self.descriptor = descriptor
        self.closesOnDeinit = closesOnDeinit
    }

    deinit {
        if closesOnDeinit { _ = close(descriptor) }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil else { return false }
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            #elseif canImport(Musl)
            let written = Musl.write(descriptor, base + offset, bytes.count - offset)
            #else
            let written = Darwin.write(descriptor, base + offset, bytes.count - offset)
            #endif
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                failure = written < 0 ? errno : EIO
                return false
            }
            offset += written
        }
        return true
    }
}

/// Collects output in memory, for tests and for ``CancelCTL/run(_:)``.
public final class MemorySink: OutputSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        self.bytes.append(contentsOf: bytes)
        return true
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
