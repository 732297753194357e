import CancelCore

/// A streaming JSON Lines reader over bytes: one JSON value per line, LF or
/// CRLF, a UTF-8 byte order mark and blank lines skipped. Memory is bounded
/// by the longest line. A line that is not valid JSON comes back with its
/// error and reading goes on; nothing traps.
public struct JSONLinesReader: ByteSourceReader {
    private var window: ByteWindow
    private var position = 0
    private var line = 0
    private var started = false
    private var rawStart = 0
    private var rawEnd = 0

    public init(source: any ByteSource, chunkSize: Int = 1 << 16) {
        window = ByteWindow(source: source, chunkSize: chunkSize)
    }

    public var sourceFailed: Bool { window.failed }

    /// The bytes of the line last returned, with its line end; valid until
    /// the next call to ``next()``.
    public var currentRaw: ArraySlice<UInt8> {
        window.storage[rawStart..<rawEnd]
    }

    /// The next non-blank line, parsed, or nil at the end of the input.
    public mutating func next() -> JSONLinesRecord? {
        while true {
            guard let (start, end) = nextLine() else { return nil }
            line += 1
            var contentStart = start
            if !started {
                started = true
                if end - start >= 3, window.storage[start] == 0xEF, window.storage[start + 1] == 0xBB, window.storage[start + 2] == 0xBF {
                    contentStart += 3
                }
            }
            var contentEnd = end
            while contentEnd > contentStart, JSONLinesReader.isSpace(window.storage[contentEnd - 1]) { contentEnd -= 1 }
            while contentStart < contentEnd, JSONLinesReader.isSpace(window.storage[contentStart]) { contentStart += 1 }
            if contentStart == contentEnd { continue }
            do {
                let value = try JSONParser.parse(window.storage[contentStart..<contentEnd])
                return JSONLinesRecord(line: line, value: value, error: nil)
            } catch {
                return JSONLinesRecord(line: line, value: nil, error: error)
            }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// The bounds of the next line without its LF; nil at the end.
    private mutating func nextLine() -> (Int, Int)? {
        var start = position
        var scan = position
        while true {
            let found: Int? = window.storage.withUnsafeBufferPointer { buffer in
                var index = scan
                while index < window.end {
                    if buffer[index] == 0x0A { return index }
                    index += 1
                }
                return nil
            }
            if let newline = found {
                position = newline + 1
                rawStart = start
                rawEnd = position
                return (start, newline)
            }
            scan = window.end
            let (more, shift) = window.refill(keeping: start)
            start -= shift
            scan -= shift
            position -= shift
            if !more {
                guard window.end > start else { return nil }
                position = window.end
                rawStart = start
                rawEnd = position
                return (start, window.end)
            }
        }
    }
}

/// One line of a JSON Lines file: its value, or why it is not JSON.
public struct JSONLinesRecord: Hashable, Sendable {
    /// The 1-based line in the input.
    public let line: Int
    public let value: JSONValue?
    public let error: JSONParseError?
}
