import CancelCoreTesting
import Testing
import CancelCore
@testable import CancelPortfolio

/// `portfolio` reads rows as byte spans in batches (``PortfolioReader/readBatch(into:limit:keepingRaw:)``),
/// with a word-at-a-time scan for records without quotes; every other
/// reader of a file reads rows as strings (``PortfolioReader/next()``).
/// These check the two give the same rows, rejections and raw bytes, at
/// window sizes that put record ends at every offset of an 8-byte word.
@Suite("Batches of byte rows agree with rows of strings")
struct RecordBatchTests {
    static let header = "vendor,name,owner,seats,renewal,billing,notice-days,reference\n"
    static let files: [String] = [
        header + "aircall,Phones,ops@example.com,12,2027-03-31,annual,,T-1\n"
            + "goto,\"Webinar, main\",\"say \"\"hi\"\"\",5,2027-06-30,monthly,30,\n"
            + "\n"
            + "intercom,Chat\r\n"
            + "whc,\"two\nlines\",x,1,2027-01-31,annual,,\r\n"
            + "bitrix24,Café crème,été,3,2027-02-28,annual,60,réf\n"
            + "aircall,a,b,c,d,e,f,g,h\n"
            + "aircall,\"open,quote\n",
        header + "x,y,z,1,2027-01-01,annual,,r\n" + String(repeating: "aircall,n,o,1,2027-01-01,annual,,r\n", count: 40),
        // Invalid UTF-8 right before a line feed, and right after one, in the same word.
        header + "aircall,ab\u{FFFD},c,1,2027-01-01,annual,,\nwhc,a,b,1,2027-01-01,annual,,\n",
        header + String(repeating: "a", count: 300) + ",n,o,1,2027-01-01,annual,,\n",
        header + "aircall,n,o,1,2027-01-01,annual,,r",
        // Quoted fields of every kind, at every offset: doubled quotes, empty ones,
        // CRLF after a closing quote, a quote inside unquoted text, text after a
        // closing quote, a quoted line break, an empty quoted record.
        header + "\"aircall\",\"a\"\"b\",\"\",1,\"2027-01-01\",annual,,\"r\"\r\n"
            + "goto,ab\"c,\"x,y\",2,2027-01-01,\"annual\",30,\"\"\"\"\n"
            + "whc,\"a\"b,c,1,2027-01-01,annual,,\n"
            + "\"\"\n"
            + "intercom,\"é, ü\",o,1,2027-01-01,annual,,\"\"\n"
            + "bitrix24,\"line\nbreak\",o,1,2027-01-01,annual,,r\n"
            + String(repeating: "aircall,\"n, \"\"q\"\"\",o,1,2027-01-01,annual,,\"r\"\n", count: 20)
            + "aircall,\"unclosed,o,1\n",
        // More fields than the word scan keeps (256): the general scan reads it.
        header.dropLast() + String(repeating: ",x", count: 300) + "\n"
            + "aircall,n,o,1,2027-01-01,annual,,r" + String(repeating: ",y", count: 300) + "\n",
        header + "aircall,n,o,1,2027-01-01,annual,,r\r",
        // Blank records the batch scan skips (delimiters only, CRLF, a lone CR
        // kept as text), among rows, and a record with too few fields.
        header + "aircall,n,o,1,2027-01-01,annual,,r\n,,,,,,,\n\r\n,,,,,,,\r\n\r\r\n"
            + String(repeating: "goto,n,o,1,2027-01-01,annual,,r\n,,,\n", count: 12) + ",,,,,,,,,,\n",
        // Columns the reader ignores and columns missing, in another order:
        // doubled quotes in an ignored field, empty and quoted-empty cells.
        "Notes,renewal,Vendor,extra,notice_days,Subscription\n"
            + String(repeating: "\"say \"\"x\"\"\",2027-01-31,aircall,\"\",30,\"a \"\"b\"\"\"\n"
                     + "n,,goto,,,\n\"\",2027-02-28,\"whc\",e,,Site\n", count: 6),
        // No fact column at all; a record with far more fields than the
        // header, last in its batch.
        "vendor,name,owner\n" + String(repeating: "aircall,\"a \"\"b\"\"\",o\ngoto,n,\n", count: 5)
            + "whc" + String(repeating: ",", count: 70) + "x\nwhc,n,o\n",
        // Doubled quotes in a column read past the 64th field.
        String(repeating: "c,", count: 65) + "vendor,name\n"
            + String(repeating: String(repeating: "x,", count: 65) + "aircall,\"a \"\"b\"\"\"\n", count: 3),
    ]

    private static func bytes(_ text: String) -> [UInt8] {
        // U+FFFD stands for an invalid byte in these texts.
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar == "\u{FFFD}" { bytes.append(0xFF) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        return bytes
    }

    /// ``PortfolioCells/givenFacts`` as it should be for `row`.
    static func given(_ row: PortfolioRow) -> UInt32 {
        var bits: UInt32 = 0
        for fact in Fact.cases where !(row[fact] ?? "").isEmpty { bits |= 1 << UInt32(fact.index) }
        return bits
    }

    private func viaStrings(_ bytes: [UInt8], chunk: Int) throws -> [String] {
        var reader = try PortfolioReader(source: MemoryByteSource(bytes), format: .csv, chunkSize: chunk)
        var out: [String] = []
        while let item = reader.next() {
            switch item {
            case .row(let row): out.append("row \(row) given \(RecordBatchTests.given(row))")
            case .rejected(let line, let reason): out.append("rejected \(line) \(reason.en)")
            }
            out.append("raw " + String(decoding: reader.currentRaw, as: UTF8.self))
        }
        return out
    }

    private func viaBatches(_ bytes: [UInt8], chunk: Int, limit: Int) throws -> [String] {
        var reader = try PortfolioReader(source: MemoryByteSource(bytes), format: .csv, chunkSize: chunk)
        var out: [String] = []
        var batch = PortfolioRecordBatch()
        while true {
            reader.readBatch(into: &batch, limit: limit, keepingRaw: true)
            if batch.isEmpty { break }
            for index in 0..<batch.count {
                if let reason = batch.rejection(index) {
                    out.append("rejected \(batch.line(index)) \(reason.en)")
                } else {
                    out.append(batch.withCells(index) { "row \($0.row) given \($0.givenFacts)" })
                }
                out.append("raw " + String(decoding: batch.raw(index), as: UTF8.self))
            }
        }
        return out
    }

    @Test("same rows, rejections and raw bytes at every window size", arguments: 0..<files.count)
    func agree(file: Int) throws {
        let bytes = RecordBatchTests.bytes(RecordBatchTests.files[file])
        let expected = try viaStrings(bytes, chunk: 1 << 16)
        #expect(!expected.isEmpty)
        for chunk in [16, 17, 19, 23, 29, 31, 64, 100, 1 << 16] {
            #expect(try viaStrings(bytes, chunk: chunk) == expected, "strings, window \(chunk)")
            for limit in [1, 3, 4096] {
                #expect(try viaBatches(bytes, chunk: chunk, limit: limit) == expected, "batches, window \(chunk), \(limit) a batch")
            }
        }
    }

    @Test("random bytes: batches agree with rows of strings at every window size", arguments: 0..<40)
    func randomAgree(seed: Int) throws {
        var random = SplitMix(seed: UInt64(seed))
        // Bytes that mean something to a reader, and text around them.
        let alphabet: [[UInt8]] = [[0x2C], [0x2C], [0x2C], [0x22], [0x22, 0x22], [0x0A], [0x0A], [0x0D, 0x0A], [0x0D],
                                   Array("aircall".utf8), Array("2027-01-31".utf8), Array("ab".utf8), Array("é".utf8),
                                   [0xFF], [0xC3], Array("12".utf8), [0x3B], [0x09]]
        var bytes = Array("vendor,x,renewal,name,notice-days,trial\n".utf8)
        for _ in 0..<Int(random.next() % 400) { bytes += alphabet[Int(random.next() % UInt64(alphabet.count))] }
        let expected = try viaStrings(bytes, chunk: 1 << 16)
        for chunk in [16, 21, 33, 64, 1 << 16] {
            for limit in [1, 5, 4096] {
                #expect(try viaBatches(bytes, chunk: chunk, limit: limit) == expected,
                        "seed \(seed), window \(chunk), \(limit) a batch")
            }
        }
    }

    @Test("every record length at every offset of a refill, records longer than the window included")
    func refillOffsets() throws {
        var text = "vendor,name,renewal,reference\n"
        for length in 0..<70 {
            let name = String(repeating: "n", count: length)
            text += length % 3 == 0 ? "aircall,\"\(name)\"\"q\"\"\",2027-01-31,r\(length)\n" : "goto,\(name)é,2027-01-31,\(length)\r\n"
        }
        let bytes = Array(text.utf8)
        let expected = try viaStrings(bytes, chunk: 1 << 16)
        for chunk in 16..<80 {
            #expect(try viaBatches(bytes, chunk: chunk, limit: 4096) == expected, "window \(chunk)")
        }
    }

    @Test("a batch is a value: a copy keeps its rows when the original is read into again")
    func batchIsAValue() throws {
        let bytes = Array("vendor,name\naircall,one\ngoto,two\n".utf8)
        var reader = try PortfolioReader(source: MemoryByteSource(bytes), format: .csv)
        var batch = PortfolioRecordBatch()
        reader.readBatch(into: &batch, limit: 1, keepingRaw: true)
        let copy = batch
        reader.readBatch(into: &batch, limit: 1, keepingRaw: true)
        #expect(copy.withCells(0) { $0.text(.name) } == "one")
        #expect(batch.withCells(0) { $0.text(.name) } == "two")
        var emptied = copy
        emptied.removeAll()
        #expect(emptied.isEmpty && copy.count == 1)
        #expect(String(decoding: copy.raw(0), as: UTF8.self) == "aircall,one\n")
    }

    @Test("the word scan reads every record as the general scan does", arguments: 0..<files.count)
    func wordScanAgrees(file: Int) {
        let bytes = RecordBatchTests.bytes(RecordBatchTests.files[file])
        for chunk in [16, 17, 23, 31, 64, 1 << 16] {
            var general = CSVReader(bytes: bytes, chunkSize: chunk)
            general.scansWords = false
            var words = CSVReader(bytes: bytes, chunkSize: chunk)
            var count = 0
            while true {
                let expected = general.next(), got = words.next()
                #expect(got == expected, "record \(count), window \(chunk)")
                #expect(Array(words.currentRaw) == Array(general.currentRaw), "record \(count), window \(chunk)")
                if expected == nil || got == nil { break }
                count += 1
            }
        }
    }

    @Test("an invalid byte is flagged on its own record only, wherever it falls in a word")
    func invalidByteStaysInItsRecord() throws {
        for padding in 0..<9 {
            let first = "aircall," + String(repeating: "n", count: padding) + ",o,1,2027-01-01,annual,,\n"
            // The invalid byte early in its record, and last before its line feed.
            let text = RecordBatchTests.header + first + "whc,\u{FFFD}x,o,1,2027-01-01,annual,,\n" + first
                + "whc,x,o,1,2027-01-01,annual,," + String(repeating: "r", count: padding) + "\u{FFFD}\n" + first
            var reader = try PortfolioReader(source: MemoryByteSource(RecordBatchTests.bytes(text)), format: .csv)
            var batch = PortfolioRecordBatch()
            reader.readBatch(into: &batch, limit: 100, keepingRaw: false)
            #expect(batch.count == 5)
            for (index, rejected) in [false, true, false, true, false].enumerated() {
                #expect((batch.rejection(index) != nil) == rejected, "row \(index), padding \(padding)")
            }
        }
    }
}

@Suite("CSV readers stay values")
struct CSVReaderCopyTests {
    @Test("a copied reader reads on by itself")
    func copies() {
        var first = CSVReader(bytes: Array("a,b\nc,d\ne,f\n".utf8))
        _ = first.next()
        var second = first
        #expect(second.next()?.fields == ["c", "d"])
        #expect(first.nextRaw() != nil)
        #expect(second.next()?.fields == ["e", "f"])
        #expect(first.withCurrentRecord { bytes, spans in spans.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } } == ["c", "d"])
    }
}
