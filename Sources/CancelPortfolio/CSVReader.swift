import CancelCore

/// A streaming RFC 4180 reader over bytes: quoted fields with delimiters
/// (``delimiter``: `,` by default, `;` or tab as spreadsheets export them),
/// doubled quotes and line breaks, CRLF or LF line ends, a UTF-8 byte order
/// mark, blank lines skipped. Memory is bounded by the longest record.
///
/// It never traps on any input: a malformed record (unterminated quote,
/// text after a closing quote, invalid UTF-8) comes back with a
/// ``CSVRecord/problem`` and its line, and reading goes on after it.
public struct CSVReader: ByteSourceReader {
    var window: ByteWindow
    var position = 0
    var line = 1
    private var started = false
    private var spans: [CSVFieldSpan] = []
    /// Where the word scan writes a record's spans: a fixed block written
    /// through a pointer (appending to `spans` checked capacity and
    /// uniqueness per field). A record with more fields takes the general scan.
    private var wordSpans = [CSVFieldSpan](repeating: CSVFieldSpan(start: 0, end: 0, hasEscapes: false), count: 256)
    /// How many of `wordSpans` the last record used; -1 when `spans` holds it.
    var wordSpanCount = -1
    var rawStart = 0
    var rawEnd = 0
    /// The byte between fields; set it before the first ``next()``.
    public var delimiter: UInt8 = UInt8(ascii: ",")

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted, closedCR
    }

    public init(source: any ByteSource, chunkSize: Int = 1 << 16) {
        window = ByteWindow(source: source, chunkSize: chunkSize)
    }

    /// True when the source reported a read error (the records read so far
    /// are still good).
    public var sourceFailed: Bool { window.failed }

    /// The bytes of the record last returned, exactly as in the input with
    /// its line end; valid until the next call to ``next()``.
    public var currentRaw: ArraySlice<UInt8> {
        window.storage[rawStart..<rawEnd]
    }

    /// Where ``currentRaw`` lies in the bytes ``withCurrentRecord(_:)`` hands out.
    public var currentRawRange: Range<Int> { rawStart..<rawEnd }

    /// The bytes of the first line (after a byte order mark, without its
    /// line end), read ahead without consuming anything: lets a caller choose
    /// ``delimiter`` from the header. A line break inside quotes does not end it.
    public mutating func firstLine() -> [UInt8] {
        start()
        var scan = position
        var quoted = false
        while true {
            while scan < window.end {
                let byte = window.storage[scan]
                if byte == 0x22 { quoted.toggle() } else if byte == 0x0A && !quoted { break }
                scan += 1
            }
            if scan < window.end { break }
            let (more, shift) = window.refill(keeping: position)
            position -= shift
            scan -= shift
            if !more { break }
        }
        var end = scan
        if end > position && window.storage[end - 1] == 0x0D { end -= 1 }
        return Array(window.storage[position..<end])
    }

    mutating func start() {
        if !started {
            started = true
            skipByteOrderMark()
        }
    }

    /// The next non-blank record, or nil at the end of the input.
    public mutating func next() -> CSVRecord? {
        guard let record = nextRaw() else { return nil }
        var fields: [String] = []
        fields.reserveCapacity(record.fieldCount)
        withCurrentRecord { bytes, spans in
            for span in spans {
                let field = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
                fields.append(span.hasEscapes ? CSVReader.string(CSVReader.unescaped(field)) : CSVReader.string(field))
            }
        }
        return CSVRecord(fields: fields, line: record.line, problem: record.problem)
    }

    /// The next non-blank record without building its fields: read them
    /// with ``withCurrentRecord(_:)`` before the next call. This is what a
    /// portfolio reads a million rows with; ``next()`` is built on it.
    public mutating func nextRaw() -> CSVRawRecord? {
        start()
        while true {
            guard let record = scanRecord() else { return nil }
            let (count, blank) = withSpans { ($0.count, $0.allSatisfy { $0.start == $0.end }) }
            if record.problem == nil && !record.quoted && blank { continue }
            return CSVRawRecord(line: record.line, problem: record.problem, fieldCount: count)
        }
    }

    /// Calls `body` with the window's bytes and the fields of the record
    /// last returned by ``nextRaw()``: each span indexes the bytes; a span
    /// with ``CSVFieldSpan/hasEscapes`` still holds its doubled quotes
    /// (``unescaped(_:)``). Valid only inside `body`.
    public func withCurrentRecord<Result>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<CSVFieldSpan>) -> Result) -> Result {
        window.storage.withUnsafeBufferPointer { bytes in withSpans { body(bytes, $0) } }
    }

    /// The current record's spans, wherever the scan that read it put them.
    private func withSpans<Result>(_ body: (UnsafeBufferPointer<CSVFieldSpan>) -> Result) -> Result {
        if wordSpanCount >= 0 {
            return wordSpans.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<wordSpanCount])) }
        }
        return spans.withUnsafeBufferPointer(body)
    }

    /// A quoted field's bytes with each doubled quote made single.
    public static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            unescaped.append(bytes[index])
            index += bytes[index] == 0x22 && index + 1 < bytes.count && bytes[index + 1] == 0x22 ? 2 : 1
        }
        return unescaped
    }

    /// Every record at once, for small inputs and tests.
    public mutating func readAll() -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = next() { records.append(record) }
        return records
    }

    private mutating func skipByteOrderMark() {
        while window.end - position < 3 {
            let (more, shift) = window.refill(keeping: position)
            position -= shift
            if !more { break }
        }
        if window.end - position >= 3, window.storage[position] == 0xEF,
           window.storage[position + 1] == 0xBB, window.storage[position + 2] == 0xBF {
            position += 3
        }
    }

    private struct Scanned {
        var line: Int
        var problem: CSVProblem?
        var quoted: Bool
    }

    /// Off only in tests, to check the word scan against the general one.
    var scansWords = true

    private mutating func scanRecord() -> Scanned? {
        if scansWords, let record = scanPlainRecord() { return record }
        return scanAnyRecord()
    }

    /// A record whole in the window whose quoted fields, if any, are simple
    /// (no line break inside, nothing after the closing quote): nearly
    /// every row of a spreadsheet export. Scanned eight bytes at a time:
    /// each word's delimiters, line feeds and quotes are found at once, and
    /// only those bytes are looked at. Nil, with nothing consumed, for
    /// anything else: ``scanAnyRecord()`` reads it, and decides the same way
    /// for every record this accepts.
    private mutating func scanPlainRecord() -> Scanned? {
        let recordStart = position
        let delimiter = self.delimiter
        let end = window.end
        let found: (end: Int, bits: UInt64, quoted: Bool, fields: Int)? = window.storage.withUnsafeBufferPointer { buffer in
          wordSpans.withUnsafeMutableBufferPointer { out in
            guard let base = buffer.baseAddress else { return nil }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let delimiters = ones &* UInt64(delimiter), lineFeeds = ones &* 0x0A, quotes = ones &* 0x22
            /// High bit set in each byte of `word` equal to the pattern's
            /// byte (and possibly in a byte above one: each is checked).
            func matches(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
                let v = word ^ pattern
                return (v &- ones) & ~v & highs
            }
            var fieldStart = recordStart
            var pos = recordStart
            var bits: UInt64 = 0
            var quoted = false
            var fields = 0
            /// Records a field; false when the block is full (the general scan takes the record).
            func add(_ span: CSVFieldSpan) -> Bool {
                guard fields < out.count else { return false }
                out[fields] = span
                fields += 1
                return true
            }
            words: while pos + 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self))
                var found = matches(word, delimiters) | matches(word, lineFeeds) | matches(word, quotes)
                while found != 0 {
                    let at = pos + found.trailingZeroBitCount / 8
                    found &= found - 1
                    let byte = base[at]
                    if byte == delimiter {
                        guard add(CSVFieldSpan(start: fieldStart, end: at, hasEscapes: false)) else { return nil }
                        fieldStart = at + 1
                    } else if byte == 0x0A {
                        let fieldEnd = at > fieldStart && base[at - 1] == 0x0D ? at - 1 : at
                        guard add(CSVFieldSpan(start: fieldStart, end: fieldEnd, hasEscapes: false)) else { return nil }
                        // Only the word's bytes up to the line feed are this record's.
                        let kept = UInt64(at - pos + 1) * 8
                        bits |= kept >= 64 ? word : word & ((1 << kept) - 1)
                        return (at + 1, bits, quoted, fields)
                    } else if byte == 0x22 && at == fieldStart {
                        // A quoted field: find its closing quote. (A quote
                        // inside an unquoted field is text, as in the general scan.)
                        bits |= word
                        quoted = true
                        var close = at + 1
                        var escapes = false
                        while true {
                            guard close < end else { return nil }
                            let inner = base[close]
                            if inner == 0x22 {
                                guard close + 1 < end else { return nil }
                                if base[close + 1] != 0x22 { break }
                                escapes = true
                                close += 2
                                continue
                            }
                            if inner == 0x0A { return nil }
                            bits |= UInt64(inner)
                            close += 1
                        }
                        let field = CSVFieldSpan(start: at + 1, end: close, hasEscapes: escapes)
                        let after = base[close + 1]
                        if after == delimiter {
                            guard add(field) else { return nil }
                            fieldStart = close + 2
                            pos = close + 2
                            continue words
                        } else if after == 0x0A {
                            guard add(field) else { return nil }
                            return (close + 2, bits, quoted, fields)
                        } else if after == 0x0D && close + 2 < end && base[close + 2] == 0x0A {
                            guard add(field) else { return nil }
                            return (close + 3, bits, quoted, fields)
                        }
                        return nil
                    }
                }
                bits |= word
                pos += 8
            }
            return nil
          }
        }
        guard let found else {
            position = recordStart
            return nil
        }
        wordSpanCount = found.fields
        position = found.end
        line += 1
        rawStart = recordStart
        rawEnd = position
        if found.bits & 0x8080_8080_8080_8080 != 0 {
            let valid = window.storage.withUnsafeBufferPointer { buffer in
                UTF8Validation.isValid(UnsafeBufferPointer(rebasing: buffer[rawStart..<rawEnd]))
            }
            if !valid { return Scanned(line: line - 1, problem: .invalidUTF8, quoted: found.quoted) }
        }
        return Scanned(line: line - 1, problem: nil, quoted: found.quoted)
    }

    private mutating func scanAnyRecord() -> Scanned? {
        wordSpanCount = -1
        var recordStart = position
        let firstLine = line
        spans.removeAll(keepingCapacity: true)
        var state = State.fieldStart
        var fieldStart = position
        var hasEscapes = false
        var anyQuoted = false
        var problem: CSVProblem?
        var highBit: UInt8 = 0

        scanning: while true {
            if position >= window.end {
                let (more, shift) = window.refill(keeping: recordStart)
                if shift > 0 {
                    recordStart -= shift
                    position -= shift
                    fieldStart -= shift
                    for index in spans.indices {
                        spans[index].start -= shift
                        spans[index].end -= shift
                    }
                }
                if more { continue }
                // End of input.
                if position == recordStart && spans.isEmpty { return nil }
                switch state {
                case .fieldStart, .unquoted:
                    spans.append(CSVFieldSpan(start: fieldStart, end: position, hasEscapes: false))
                case .quoted:
                    problem = problem ?? .unterminatedQuote
                    spans.append(CSVFieldSpan(start: fieldStart, end: position, hasEscapes: hasEscapes))
                case .quoteInQuoted, .closedCR:
                    spans.append(CSVFieldSpan(start: fieldStart, end: closingQuote(state), hasEscapes: hasEscapes))
                }
                break scanning
            }
            // Scan the buffered bytes without bounds checks or refills.
            let delimiter = self.delimiter
            let outcome: Int = window.storage.withUnsafeBufferPointer { buffer -> Int in
                var pos = position
                let end = window.end
                while pos < end {
                    let byte = buffer[pos]
                    highBit |= byte
                    switch state {
                    case .fieldStart:
                        if byte == 0x22 {
                            state = .quoted
                            anyQuoted = true
                            hasEscapes = false
                            fieldStart = pos + 1
                            pos += 1
                            continue
                        }
                        state = .unquoted
                        fieldStart = pos
                        fallthrough
                    case .unquoted:
                        // Most bytes are plain text: skip them in a tight loop.
                        var scan = pos
                        var text = buffer[scan]
                        while text != delimiter && text != 0x0A {
                            highBit |= text
                            scan += 1
                            guard scan < end else { break }
                            text = buffer[scan]
                        }
                        pos = scan
                        guard pos < end else { continue }
                        let byte = buffer[pos]
                        if byte == delimiter {
                            spans.append(CSVFieldSpan(start: fieldStart, end: pos, hasEscapes: false))
                            pos += 1
                            fieldStart = pos
                            state = .fieldStart
                        } else if byte == 0x0A {
                            let fieldEnd = pos > fieldStart && buffer[pos - 1] == 0x0D ? pos - 1 : pos
                            spans.append(CSVFieldSpan(start: fieldStart, end: fieldEnd, hasEscapes: false))
                            line += 1
                            position = pos + 1
                            return 1
                        } else {
                            pos += 1
                        }
                    case .quoted:
                        if byte == 0x22 {
                            state = .quoteInQuoted
                        } else if byte == 0x0A {
                            line += 1
                        }
                        pos += 1
                    case .quoteInQuoted:
                        if byte == 0x22 {
                            hasEscapes = true
                            state = .quoted
                            pos += 1
                        } else if byte == delimiter {
                            spans.append(CSVFieldSpan(start: fieldStart, end: pos - 1, hasEscapes: hasEscapes))
                            pos += 1
                            fieldStart = pos
                            state = .fieldStart
                        } else if byte == 0x0A {
                            spans.append(CSVFieldSpan(start: fieldStart, end: pos - 1, hasEscapes: hasEscapes))
                            line += 1
                            position = pos + 1
                            return 1
                        } else if byte == 0x0D {
                            state = .closedCR
                            pos += 1
                        } else {
                            // Text after a closing quote: keep reading the
                            // record as plain text, flagged.
                            problem = problem ?? .textAfterQuote
                            state = .unquoted
                        }
                    case .closedCR:
                        if byte == 0x0A {
                            spans.append(CSVFieldSpan(start: fieldStart, end: pos - 2, hasEscapes: hasEscapes))
                            line += 1
                            position = pos + 1
                            return 1
                        }
                        problem = problem ?? .textAfterQuote
                        state = .unquoted
                    }
                }
                position = pos
                return 0
            }
            if outcome == 1 { break scanning }
        }
        rawStart = recordStart
        rawEnd = position
        // One check of the whole record: its fields are its bytes less
        // ASCII delimiters and quotes, so they are valid exactly when it is.
        if highBit >= 0x80 {
            let valid = window.storage.withUnsafeBufferPointer { buffer -> Bool in
                let start = min(max(rawStart, 0), buffer.count)
                return UTF8Validation.isValid(UnsafeBufferPointer(rebasing: buffer[start..<min(max(rawEnd, start), buffer.count)]))
            }
            if !valid { problem = problem ?? .invalidUTF8 }
        }
        // Spans stay within the record (a defensive clamp: never trap on input).
        for index in spans.indices {
            spans[index].start = min(max(spans[index].start, rawStart), rawEnd)
            spans[index].end = min(max(spans[index].end, spans[index].start), rawEnd)
        }
        return Scanned(line: firstLine, problem: problem, quoted: anyQuoted)
    }

    private func closingQuote(_ state: State) -> Int {
        state == .closedCR ? position - 2 : position - 1
    }

    /// The field as text; invalid bytes (already reported for the record)
    /// are replaced, as before.
    static func string<Bytes: Collection>(_ bytes: Bytes) -> String
        where Bytes.Element == UInt8 {
        // Most rows leave half their cells empty; "" skips the decoder.
        bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self)
    }
}
