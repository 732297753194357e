import CancelCore

/// Buffered output for the portfolio formats: appends bytes, numbers and
/// dates without building intermediate strings, and flushes to its sink in
/// 64 KiB writes so a million rows stream in constant memory.
public final class ByteWriter {
    public let sink: any OutputSink
    private var buffer = ByteBuffer()
    private let capacity: Int
    /// False once a write to the sink failed (a closed pipe, a full disk).
    public private(set) var ok = true

    public init(sink: any OutputSink, capacity: Int = 1 << 16) {
        self.sink = sink
        self.capacity = capacity
        buffer.reserveCapacity(capacity + 1024)
    }

    deinit { flush() }

    public func flush() {
        guard !buffer.isEmpty else { return }
        if ok {
            ok = buffer.withUnsafeBytes { sink.write($0) }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    @inline(__always) private func maybeFlush() {
        if buffer.count >= capacity { flush() }
    }

    public func append(_ text: String) {
        buffer.append(text)
        maybeFlush()
    }

    public func append<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(bytes: bytes)
        maybeFlush()
    }

    public func append(byte: UInt8) {
        buffer.append(byte: byte)
        maybeFlush()
    }

    public func append(_ number: Int) {
        buffer.append(number)
        maybeFlush()
    }

    /// `YYYY-MM-DD`, or `YYYYMMDD` when `compact` (iCalendar).
    public func append(_ date: CalendarDate, compact: Bool = false) {
        buffer.append(date, compact: compact)
        maybeFlush()
    }

    /// A JSON string literal, quotes included.
    public func appendJSONString(_ text: String) {
        buffer.appendJSONString(text)
        maybeFlush()
    }

    /// A CSV field, quoted only when it holds a comma, a quote or a line break.
    public func appendCSVField(_ text: String) {
        buffer.appendCSVField(text)
        maybeFlush()
    }

    /// Writes bytes formatted elsewhere (another thread's rows), after what
    /// is buffered, without copying them into the buffer.
    public func write(_ formatted: ByteBuffer) {
        guard !formatted.isEmpty else { return }
        flush()
        if ok {
            ok = formatted.withUnsafeBytes { sink.write($0) }
        }
    }

    /// Appends a whole row in one access to the buffer.
    public func row(_ body: (inout ByteBuffer) -> Void) {
        body(&buffer)
        maybeFlush()
    }
}
