import CancelCore

/// Reads portfolio rows from CSV or JSON Lines bytes, streaming: maps the
/// header (or each object's keys) to columns and hands out one row at a
/// time, with the raw bytes of each so rejected rows can be written back
/// unchanged.
///
/// Columns: `vendor`, `name`, `owner` and one per ``Fact``, matched loosely
/// (see ``PortfolioColumn``). A column that is none of these is ignored and
/// listed in ``ignoredColumns``, unless it is a near miss of one (`renwal`),
/// which is an error: a typo must not silently drop a fact.
public struct PortfolioReader {
    public let format: PortfolioInputFormat
    private var csv: CSVReader?
    private var jsonl: JSONLinesReader?
    /// Column of each CSV field; nil for an ignored one.
    private var columns: [PortfolioColumn?] = []
    /// The header line exactly as read (with its line end), for `--errors`.
    public private(set) var headerRaw: [UInt8] = []
    /// Columns or keys that are not read, in order of appearance.
    public private(set) var ignoredColumns: [String] = []
    private var keyCache: [String: PortfolioColumn?] = [:]

    public init(source: any ByteSource, format: PortfolioInputFormat, chunkSize: Int = 1 << 16) throws(PortfolioFileError) {
        self.format = format
        switch format {
        case .csv:
            var reader = CSVReader(source: source, chunkSize: chunkSize)
            if let header = reader.next() {
                if let problem = header.problem { throw PortfolioFileError(line: header.line, reason: problem.message) }
                headerRaw = Array(reader.currentRaw)
                columns = try PortfolioReader.columns(header.fields, line: header.line, ignored: &ignoredColumns)
            }
            csv = reader
        case .jsonl:
            jsonl = JSONLinesReader(source: source, chunkSize: chunkSize)
        }
    }

    /// A reader over bytes in memory (tests, fuzzing); the format is
    /// detected when not given.
    public init(bytes: [UInt8], format: PortfolioInputFormat? = nil) throws(PortfolioFileError) {
        try self.init(source: MemoryByteSource(bytes), format: format ?? .detect(prefix: bytes.prefix(4096)))
    }

    /// True when the source reported a read error.
    public var sourceFailed: Bool { csv?.sourceFailed ?? jsonl?.sourceFailed ?? false }

    /// The raw bytes of the item last returned, valid until the next call.
    public var currentRaw: ArraySlice<UInt8> { csv?.currentRaw ?? jsonl?.currentRaw ?? [] }

    public mutating func next() -> PortfolioInputItem? {
        if csv != nil { return nextCSV() }
        return nextJSONLines()
    }

    static func columns(_ headers: [String], line: Int, ignored: inout [String]) throws(PortfolioFileError) -> [PortfolioColumn?] {
        var result: [PortfolioColumn?] = []
        var seen: Set<PortfolioColumn> = []
        let names = PortfolioColumn.all.map(\.header)
        for header in headers {
            let trimmed = header.trimmingSpaces
            if let column = PortfolioColumn(header: trimmed) {
                guard seen.insert(column).inserted else {
                    throw PortfolioFileError(line: line, reason: LocalizedText(
                        en: "column '\(trimmed)' appears twice in the header; keep one",
                        fr: "la colonne « \(trimmed) » figure deux fois dans l’en-tête ; n’en gardez qu’une"))
                }
                result.append(column)
            } else if Suggestion.closest(to: trimmed, in: names) != nil {
                let error = InputError.notAccepted(trimmed, for: "column", accepted: names)
                throw PortfolioFileError(line: line, reason: LocalizedText(en: error.message(in: .en), fr: error.message(in: .fr)))
            } else {
                result.append(nil)
                if !trimmed.isEmpty { ignored.append(trimmed) }
            }
        }
        guard seen.contains(.vendor) else {
            throw PortfolioFileError(line: line, reason: LocalizedText(
                en: "the header has no 'vendor' column; the first line must name the columns: vendor, name, renewal, …",
                fr: "l’en-tête n’a pas de colonne « vendor » ; la première ligne doit nommer les colonnes : vendor, name, renewal, …"))
        }
        return result
    }

    private mutating func nextCSV() -> PortfolioInputItem? {
        guard var reader = csv else { return nil }
        csv = nil
        defer { csv = reader }
        guard let record = reader.next() else { return nil }
        if let problem = record.problem { return .rejected(line: record.line, reason: problem.message) }
        guard record.fields.count == columns.count else {
            let got = record.fields.count, expected = columns.count
            return .rejected(line: record.line, reason: LocalizedText(
                en: "the row has \(got) field(s) but the header has \(expected); quote values that contain commas",
                fr: "la ligne a \(got) champ(s) mais l’en-tête en a \(expected) ; mettez entre guillemets les valeurs qui contiennent des virgules"))
        }
        var row = PortfolioRow(line: record.line, vendor: nil)
        for (column, value) in zip(columns, record.fields) {
            guard let column else { continue }
            row.set(column, value)
        }
        return .row(row)
    }

    private mutating func nextJSONLines() -> PortfolioInputItem? {
        guard var reader = jsonl else { return nil }
        jsonl = nil
        defer { jsonl = reader }
        guard let record = reader.next() else { return nil }
        if let error = record.error { return .rejected(line: record.line, reason: error.message) }
        guard case .object(let members)? = record.value else {
            return .rejected(line: record.line, reason: LocalizedText(
                en: "the line is not a JSON object: write one {\"vendor\": …} object per line",
                fr: "la ligne n’est pas un objet JSON : écrivez un objet {\"vendor\": …} par ligne"))
        }
        var row = PortfolioRow(line: record.line, vendor: nil)
        var seen: Set<PortfolioColumn> = []
        for member in members {
            let column: PortfolioColumn?
            if let cached = keyCache[member.key] {
                column = cached
            } else {
                column = PortfolioColumn(header: member.key)
                if column == nil, Suggestion.closest(to: member.key, in: PortfolioColumn.all.map(\.header)) != nil {
                    let error = InputError.notAccepted(member.key, for: "key", accepted: PortfolioColumn.all.map(\.header))
                    return .rejected(line: record.line, reason: LocalizedText(en: error.message(in: .en), fr: error.message(in: .fr)))
                }
                if keyCache.count < 1024 { keyCache[member.key] = .some(column) }
                if column == nil, ignoredColumns.count < 20, !ignoredColumns.contains(member.key) { ignoredColumns.append(member.key) }
            }
            guard let column else { continue }
            guard seen.insert(column).inserted else {
                return .rejected(line: record.line, reason: LocalizedText(
                    en: "key '\(member.key)' is given twice", fr: "la clé « \(member.key) » est donnée deux fois"))
            }
            switch member.value {
            case .null: continue
            case .string(let text): row.set(column, text)
            case .int(let number): row.set(column, String(number))
            case .double(let number): row.set(column, String(number))
            case .bool(let flag): row.set(column, flag ? "true" : "false")
            case .array, .object:
                return .rejected(line: record.line, reason: LocalizedText(
                    en: "key '\(member.key)' must be a string, a number, true, false or null",
                    fr: "la clé « \(member.key) » doit être une chaîne, un nombre, true, false ou null"))
            }
        }
        return .row(row)
    }
}

extension PortfolioRow {
    mutating func set(_ column: PortfolioColumn, _ value: String) {
        switch column {
        case .vendor: vendor = value
        case .name: name = value
        case .owner: owner = value
        case .fact(let fact): self[fact] = value
        }
    }
}
