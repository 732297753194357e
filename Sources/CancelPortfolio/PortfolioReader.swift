import CancelCore

/// Reads portfolio rows from CSV or JSON Lines bytes, streaming: maps the
/// header (or each object's keys) to columns and hands out one row at a
/// time, with the raw bytes of each so rejected rows can be written back
/// unchanged.
///
/// Columns: `vendor`, `name`, `owner`, `reference` and one per ``Fact``,
/// matched loosely, synonyms included (see ``PortfolioColumn``). A column that is none of these is ignored and
/// listed in ``ignoredColumns``, unless it is a near miss of one (`renwal`),
/// which is an error: a typo must not silently drop a fact.
public struct PortfolioReader {
    public let format: PortfolioInputFormat
    private var csv: CSVReader?
    private var jsonl: JSONLinesReader?
    /// Column of each CSV field; nil for an ignored one.
    private var columns: [PortfolioColumn?] = []
    /// ``PortfolioColumn/slot`` of each CSV field, -1 for an ignored one.
    private var slots: [Int] = []
    /// Where each CSV field goes in a batch row.
    private var layout = CellLayout.bySlot
    /// The bytes the last batch took, to size the next one.
    private var batchBytes = 0
    /// The header line exactly as read (with its line end), for `--errors`.
    public private(set) var headerRaw: [UInt8] = []
    /// Columns or keys that are not read, in order of appearance.
    public private(set) var ignoredColumns: [String] = []
    private var keyCache: [String: PortfolioColumn?] = [:]

    /// The field separator of a CSV file: the one given, else the one the
    /// header line uses (``CSVDelimiter/detect(header:)``); nil for JSON
    /// Lines or a header with no separator at all.
    public private(set) var delimiter: CSVDelimiter?

    public init(source: any ByteSource, format: PortfolioInputFormat, delimiter given: CSVDelimiter? = nil,
                chunkSize: Int = 1 << 16) throws(PortfolioFileError) {
        self.format = format
        switch format {
        case .csv:
            var reader = CSVReader(source: source, chunkSize: chunkSize)
            let firstLine = reader.firstLine()
            delimiter = given ?? CSVDelimiter.detect(header: firstLine)
            reader.delimiter = (delimiter ?? .comma).byte
            if let header = reader.next() {
                if let problem = header.problem { throw PortfolioFileError(line: header.line, reason: problem.message) }
                headerRaw = Array(reader.currentRaw)
                columns = try PortfolioReader.columns(header.fields, line: header.line, delimiter: delimiter,
                                                      ignored: &ignoredColumns)
                slots = columns.map { $0?.slot ?? -1 }
                layout = CellLayout(csvSlots: slots)
            }
            csv = reader
        case .jsonl:
            jsonl = JSONLinesReader(source: source, chunkSize: chunkSize)
        }
    }

    /// A reader over bytes in memory (tests, fuzzing); the format is
    /// detected when not given.
    public init(bytes: [UInt8], format: PortfolioInputFormat? = nil, delimiter: CSVDelimiter? = nil) throws(PortfolioFileError) {
        try self.init(source: MemoryByteSource(bytes), format: format ?? .detect(prefix: bytes.prefix(4096)), delimiter: delimiter)
    }

    /// True when the source reported a read error.
    public var sourceFailed: Bool { csv?.sourceFailed ?? jsonl?.sourceFailed ?? false }

    /// The raw bytes of the item last returned, valid until the next call.
    public var currentRaw: ArraySlice<UInt8> { csv?.currentRaw ?? jsonl?.currentRaw ?? [] }

    public mutating func next() -> PortfolioInputItem? {
        if csv != nil { return nextCSV() }
        return nextJSONLines()
    }

    /// Reads up to `limit` rows into `batch` (emptied first) as bytes, with
    /// no `String` per cell; refused rows are in the batch too, with their
    /// reason (``PortfolioRecordBatch/rejection(_:)``). With `keepingRaw`,
    /// each row's bytes as read are kept for `--errors`. Empty at the end.
    public mutating func readBatch(into batch: inout PortfolioRecordBatch, limit: Int, keepingRaw: Bool) {
        guard var reader = csv else {
            batch.prepare(layout: .bySlot, rows: min(max(limit, 1), 256), bytes: 1 << 12, keepingRaw: keepingRaw)
            while batch.count < limit, batch.byteCount < PortfolioRecordBatch.byteLimit, let item = nextJSONLines() {
                switch item {
                case .row(let row): batch.append(row)
                case .rejected(let line, let reason):
                    batch.beginRow(line: line)
                    batch.reject(reason)
                }
                if keepingRaw { batch.keepRaw(currentRaw) }
            }
            return
        }
        csv = nil
        defer { csv = reader }
        let rows = min(max(limit, 1), 4096)
        // About what the last batch took (a fresh batch has no buffer to reuse).
        let bytes = batchBytes > 0 ? batchBytes + batchBytes / 8 : rows * 128
        batch.prepare(layout: layout, rows: rows, bytes: bytes, keepingRaw: keepingRaw)
        // Rows are written through `storage` only: a batch method that
        // makes its storage unique would copy it while this holds it.
        let storage = batch.uniqueStorage()
        let expected = slots.count
        while storage.count < limit, storage.byteCount < PortfolioRecordBatch.byteLimit {
            if storage.count == storage.rowCapacity { storage.reserve(rows: min(limit, 2 * storage.rowCapacity)) }
            if layout.scansWords {
                reader.scanPlainRecords(into: storage, rowLimit: limit, byteLimit: PortfolioRecordBatch.byteLimit)
                guard storage.count < limit, storage.byteCount < PortfolioRecordBatch.byteLimit else { break }
                // Room for more rows first, if that is what stopped it.
                if storage.count == storage.rowCapacity { continue }
            }
            guard let record = reader.nextRaw() else { break }
            let row = storage.beginRow(line: record.line)
            if let reason = rejection(of: record, fields: expected) {
                batch.reject(reason)
                if keepingRaw { reader.currentRaw.withUnsafeBufferPointer { storage.keepRaw(row, $0) } }
                continue
            }
            let raw = reader.currentRawRange
            reader.withCurrentRecord { window, fields in
                storage.setRecord(row, window: window, raw: raw, fields: fields)
            }
        }
        batchBytes = storage.byteCount
    }

    /// Why a CSV record cannot be a row, or nil.
    private func rejection(of record: CSVRawRecord, fields expected: Int) -> LocalizedText? {
        if let problem = record.problem { return problem.message }
        guard record.fieldCount == expected else {
            let got = record.fieldCount
            let separator = (delimiter ?? .comma).inText
            return LocalizedText(
                en: "the row has \(got) field(s) but the header has \(expected); quote values that contain \(separator.en)",
                fr: "la ligne a \(got) champ(s) mais l’en-tête en a \(expected) ; mettez entre guillemets les valeurs qui contiennent \(separator.fr)")
        }
        return nil
    }

    static func columns(_ headers: [String], line: Int, delimiter: CSVDelimiter?,
                        ignored: inout [String]) throws(PortfolioFileError) -> [PortfolioColumn?] {
        var result: [PortfolioColumn?] = []
        /// The header each column was matched from, to name both of a pair.
        var seen: [PortfolioColumn: String] = [:]
        let names = PortfolioColumn.all.map(\.header)
        for header in headers {
            let trimmed = header.trimmingSpaces
            if let column = PortfolioColumn(header: trimmed) {
                if let first = seen[column] {
                    let same = first == trimmed
                    throw PortfolioFileError(line: line, reason: LocalizedText(
                        en: same ? "column '\(trimmed)' appears twice in the header; keep one"
                            : "columns '\(first)' and '\(trimmed)' both mean '\(column.header)'; keep one or rename the other",
                        fr: same ? "la colonne « \(trimmed) » figure deux fois dans l’en-tête ; n’en gardez qu’une"
                            : "les colonnes « \(first) » et « \(trimmed) » veulent toutes deux dire « \(column.header) » ; gardez-en une ou renommez l’autre"))
                }
                seen[column] = trimmed
                result.append(column)
            } else if Suggestion.closest(to: trimmed, in: names) != nil {
                let error = InputError.notAccepted(trimmed, for: "column", accepted: names)
                throw PortfolioFileError(line: line, reason: LocalizedText(en: error.message(in: .en), fr: error.message(in: .fr)))
            } else {
                result.append(nil)
                if !trimmed.isEmpty { ignored.append(trimmed) }
            }
        }
        guard seen[.vendor] != nil else {
            if delimiter == nil, result == [nil], let only = headers.first, !only.isEmpty {
                let shown = UntrustedText.terminalSafe(String(only.prefix(60)))
                throw PortfolioFileError(line: line, reason: LocalizedText(
                    en: "the header '\(shown)' cannot be split into columns: it holds no ',', ';' or tab between names; separate the names with one of them, or give --delimiter",
                    fr: "l’en-tête « \(shown) » ne se découpe pas en colonnes : il ne contient ni ',', ni ';', ni tabulation entre les noms ; séparez les noms par l’un d’eux, ou donnez --delimiter"))
            }
            let found = headers.prefix(12).map { UntrustedText.terminalSafe($0.trimmingSpaces) }.joined(separator: ", ")
                + (headers.count > 12 ? ", …" : "")
            let split = (delimiter ?? .comma).shown
            throw PortfolioFileError(line: line, reason: LocalizedText(
                en: "the header has no 'vendor' column (found, split on \(split): \(found)); the first line must name the columns: vendor, name, renewal, …",
                fr: "l’en-tête n’a pas de colonne « vendor » (trouvé, en découpant sur \(split) : \(found)) ; la première ligne doit nommer les colonnes : vendor, name, renewal, …"))
        }
        return result
    }

    private mutating func nextCSV() -> PortfolioInputItem? {
        guard var reader = csv else { return nil }
        csv = nil
        defer { csv = reader }
        guard let record = reader.next() else { return nil }
        let raw = CSVRawRecord(line: record.line, problem: record.problem, fieldCount: record.fields.count)
        if let reason = rejection(of: raw, fields: columns.count) { return .rejected(line: record.line, reason: reason) }
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

extension PortfolioRecordBatch {
    /// Appends a row read as strings (JSON Lines, tests) as bytes.
    mutating func append(_ row: PortfolioRow) {
        beginRow(line: row.line)
        row.forEachCell { column, value in
            var value = value
            value.withUTF8 { setCell(column.slot, $0) }
        }
    }

    /// A batch of one row (the planner's string entry point).
    public init(_ row: PortfolioRow) {
        self.init()
        append(row)
    }
}

extension PortfolioRow {
    /// Calls `body` for each column the row gives a non-empty value for.
    func forEachCell(_ body: (PortfolioColumn, String) -> Void) {
        if let vendor, !vendor.isEmpty { body(.vendor, vendor) }
        if !name.isEmpty { body(.name, name) }
        if !owner.isEmpty { body(.owner, owner) }
        if !reference.isEmpty { body(.reference, reference) }
        if !id.isEmpty { body(.id, id) }
        for fact in Fact.cases { if let value = self[fact] { body(.fact(fact), value) } }
    }

    mutating func set(_ column: PortfolioColumn, _ value: String) {
        switch column {
        case .vendor: vendor = value
        case .name: name = value
        case .owner: owner = value
        case .reference: reference = value
        case .id: id = value
        case .fact(let fact): self[fact] = value
        }
    }
}
