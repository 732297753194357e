#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCore
import CancelPortfolio

/// Runs `cancelctl portfolio`: reads rows, plans each with the registry,
/// prints them (streamed in file order, or sorted by urgency at the end),
/// reports each rejected row on stderr with its line, writes rejected rows
/// unchanged to `--errors`, and closes with the counts on stderr.
///
/// Exit codes: 0 all rows planned, 65 a row or the header was rejected,
/// 73 the `--errors` file cannot be created, 74 the input cannot be read or
/// the output cannot be written.
public struct PortfolioCommand {
    public let registry: VendorRegistry
    /// The `--output` file stdout goes to, to name it when a write fails.
    public var outputPath: String?
    /// Colour act-soon and missed rows of the text table (a terminal, and
    /// `NO_COLOR` unset: the executable decides, as for `plan`).
    public var colour: Bool

    public init(registry: VendorRegistry, outputPath: String? = nil, colour: Bool = false) {
        self.registry = registry
        self.outputPath = outputPath
        self.colour = colour
    }

    /// Runs with the request's input (a path, or `-` for `standardInput`).
    public func run(_ request: PortfolioRequest, standardInput: any ByteSource = FileDescriptorSource(descriptor: 0),
                    stdout: any OutputSink, stderr: any OutputSink) -> Int32 {
        let l = request.language
        let err = ByteWriter(sink: stderr, capacity: 1 << 12)
        let source: any ByteSource
        if request.input == "-" {
            source = standardInput
        } else if let file = FileDescriptorSource(path: request.input) {
            source = file
        } else {
            err.append(CancelCTL.errorPrefix[l] + PortfolioLabels.cannotRead[l] + " '" + UntrustedText.terminalSafe(request.input) + "'.\n")
            err.flush()
            return ExitCode.io
        }
        return run(request, source: source, stdout: stdout, stderr: err)
    }

    func run(_ request: PortfolioRequest, source: any ByteSource, stdout: any OutputSink, stderr err: ByteWriter) -> Int32 {
        let l = request.language
        defer { err.flush() }
        // Detect the format from the first bytes, then replay them.
        var prefix = [UInt8](repeating: 0, count: 4096)
        var filled = 0
        while filled < prefix.count {
            let count = prefix.withUnsafeMutableBytes { raw in
                source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            if count <= 0 { break }
            filled += count
        }
        prefix.removeSubrange(filled...)
        let format = request.inputFormat ?? PortfolioInputFormat.detect(prefix: prefix)
        let input = PrefixedByteSource(prefix: prefix, rest: source)

        var reader: PortfolioReader
        do {
            reader = try PortfolioReader(source: input, format: format, delimiter: request.delimiter)
        } catch {
            err.append(PortfolioLabels.line[l] + " \(error.line): " + error.reason[l] + "\n")
            return ExitCode.data
        }
        // Created only once the header is good: a rejected file leaves no
        // empty `--errors` file behind.
        var errorsFile: ByteWriter?
        var errorsOutput: OutputFile?
        if let path = request.errorsPath {
            do {
                errorsOutput = try OutputFile.open(path)
            } catch {
                err.append(CancelCTL.errorPrefix[l] + error.message[l] + "\n")
                return ExitCode.cannotCreate
            }
            errorsFile = errorsOutput.map { ByteWriter(sink: $0.sink) }
        }
        if !reader.ignoredColumns.isEmpty && format == .csv {
            err.append(PortfolioLabels.ignored(reader.ignoredColumns)[l] + "\n")
        }
        if let errorsFile, !reader.headerRaw.isEmpty {
            errorsFile.append(bytes: reader.headerRaw)
            if reader.headerRaw.last != 0x0A { errorsFile.append(byte: 0x0A) }
        }

        let planner = PortfolioPlanner(registry: registry, today: request.today, horizon: request.horizon)
        let out = ByteWriter(sink: stdout)
        let writer = request.format.writer(language: l, today: request.today, colour: colour, vendorIDs: registry.ids)
        let streaming = request.sort == .input
        let needsIdentity = writer.needsIdentity
        var sorted = PortfolioSortedView(keepsIdentity: needsIdentity)
        var read = 0, planned = 0
        var rejections = PortfolioRejections()

        if streaming { writer.begin(out) }
        // Rows are read in batches as bytes; each batch is planned in
        // slices by both threads (``SharedBatch``), then handled here in
        // input order: the output, the error lines and `--errors` are the
        // same as one row at a time. Formats whose rows stand alone (CSV,
        // JSON Lines) are written on both threads too.
        let keepsRaw = errorsFile != nil
        let parallelWriter = writer.writesRowsIndependently ? UncheckedWriter(value: writer) : nil
        let streamWriter = streaming ? parallelWriter : nil
        // Rows of a format written on this thread only (text, JSON, calendar), flushed every 64 KiB.
        var buffered = ByteBuffer()
        // The view and the buffer are parameters, not captured: a variable
        // a local function captures is checked for exclusive access at run
        // time on each access (about 60 instructions a row), a parameter
        // statically.
        func handle(_ batch: PortfolioBatch, _ part: PortfolioBatch.Part, from first: Int,
                    sorted: inout PortfolioSortedView, buffered: inout ByteBuffer) {
            if streamWriter != nil { out.write(part.output) }
            read += part.rowCount
            planned += part.entries.count
            // Rows already written, none refused: nothing left to do here.
            if streamWriter != nil && part.failures.isEmpty { return }
            var nextEntry = 0, nextFailure = 0
            batch.records.forEachCells(in: first..<first + part.rowCount) { index, cells in
                if nextFailure < part.failures.count && part.failures[nextFailure].row == index {
                    let failure: (line: Int, reason: String, kind: String)
                    switch part.failures[nextFailure].failure {
                    case .failed(let line, let error):
                        failure = (line, error.message(in: l), PortfolioRejections.kind(of: error, language: l))
                    case .rejected(let line, let reason):
                        failure = (line, reason[l], reason[l])
                    }
                    nextFailure += 1
                    rejections.add(line: failure.line, message: failure.reason, kind: failure.kind, to: err, language: l)
                    if let errorsFile {
                        let raw = batch.records.raw(index)
                        errorsFile.append(bytes: raw)
                        if raw.last != 0x0A { errorsFile.append(byte: 0x0A) }
                    }
                    return
                }
                let entry = part.entries[nextEntry]
                nextEntry += 1
                guard streamWriter == nil else { return }
                let text = PortfolioRowText(cells, unlistedVendor: entry.isUnlistedVendor, identity: needsIdentity)
                if streaming {
                    writer.write(entry, vendor: planner.vendorID(of: entry, typed: text.vendorBytes), text: text, to: &buffered)
                    if buffered.count >= 1 << 16 { out.write(buffered); buffered.removeAll(keepingCapacity: true) }
                } else {
                    sorted.append(entry, text: text)
                }
            }
        }
        var first = PortfolioBatch()
        first.read(from: &reader, keepingRaw: keepsRaw)
        var current = first.count > 0 ? SharedBatch(first) : nil
        let mine = NameMemory(), theirs = NameMemory()
        var task = current.map { shared in ThreadTask { shared.work(with: planner, writer: streamWriter, names: theirs) } }
        while let shared = current {
            var following = PortfolioBatch()
            following.read(from: &reader, keepingRaw: keepsRaw)
            shared.work(with: planner, writer: streamWriter, names: mine)
            task?.wait()
            // The other thread starts on the next batch while this one
            // writes out the batch just planned.
            current = following.count > 0 ? SharedBatch(following) : nil
            task = current.map { next in ThreadTask { next.work(with: planner, writer: streamWriter, names: theirs) } }
            for slice in 0..<shared.sliceCount {
                handle(shared.batch, shared.part(slice, with: planner, writer: streamWriter), from: shared.firstRow(of: slice),
                       sorted: &sorted, buffered: &buffered)
            }
        }
        out.write(buffered)
        buffered.removeAll()
        if !streaming {
            sorted.sortByUrgency()
            writer.begin(out)
            if let parallelWriter {
                // Written in chunks on both threads, joined in order: the
                // other thread takes each odd chunk, and starts the next one
                // before this thread writes the pair out, so the writes
                // (system time, a sixth of it all to a file) overlap formatting.
                let chunk = 1 << 14
                let view = sorted
                func chunks(from start: Int) -> (first: Range<Int>, second: Range<Int>) {
                    let first = start..<min(view.count, start + chunk)
                    return (first, first.upperBound..<min(view.count, first.upperBound + chunk))
                }
                // Buffers are kept from chunk to chunk: a new buffer per chunk
                // grew by doubling from empty, copying itself some twenty
                // times (~250 instructions a row). The other thread alternates
                // between two, so it starts its next chunk before the last is written out.
                let mine = ChunkBuffer()
                var theirs = (ChunkBuffer(), ChunkBuffer())
                var (first, second) = chunks(from: 0)
                var task: ThreadTask<Void>? = first.isEmpty ? nil : { [first, target = theirs.0] in
                    ThreadTask { PortfolioCommand.write(view, first, with: parallelWriter, planner: planner, into: target) }
                }()
                while let pending = task {
                    PortfolioCommand.write(view, second, with: parallelWriter, planner: planner, into: mine)
                    pending.wait()
                    (first, second) = chunks(from: second.upperBound)
                    task = first.isEmpty ? nil : { [first, target = theirs.1] in
                        ThreadTask { PortfolioCommand.write(view, first, with: parallelWriter, planner: planner, into: target) }
                    }()
                    out.write(theirs.0.buffer)
                    out.write(mine.buffer)
                    theirs = (theirs.1, theirs.0)
                }
            } else {
                sorted.forEach(in: 0..<sorted.count) { entry, text in
                    writer.write(entry, vendor: planner.vendorID(of: entry, typed: text.vendorBytes), text: text, to: &buffered)
                    if buffered.count >= 1 << 16 { out.write(buffered); buffered.removeAll(keepingCapacity: true) }
                }
                out.write(buffered)
            }
        }
        writer.end(out)
        out.flush()
        for note in writer.notes { err.append(note[l] + "\n") }
        var code = rejections.count > 0 ? ExitCode.data : ExitCode.success
        errorsFile?.flush()
        do {
            try errorsOutput?.commit()
        } catch {
            err.append(CancelCTL.errorPrefix[l] + error.message[l] + "\n")
            code = ExitCode.cannotCreate
        }
        if !reader.ignoredColumns.isEmpty && format == .jsonl {
            err.append(PortfolioLabels.ignored(reader.ignoredColumns)[l] + "\n")
        }
        rejections.finish(to: err, errorsPath: request.errorsPath, language: l)
        if reader.sourceFailed {
            err.append(CancelCTL.errorPrefix[l] + PortfolioLabels.readFailed(UntrustedText.terminalSafe(request.input), rows: read)[l] + "\n")
            code = ExitCode.io
        }
        // A reader that went away (`| head -1`) ends the output quietly.
        if !out.ok, let failure = stdout.failure, failure != EPIPE {
            let message = outputPath.map { OutputFileError(path: $0, code: failure).message } ?? OutputFileError.standardOutput(code: failure)
            err.append(CancelCTL.errorPrefix[l] + message[l] + "\n")
            code = outputPath == nil ? ExitCode.io : ExitCode.cannotCreate
        } else if !out.ok && stdout.failure == nil {
            err.append(CancelCTL.errorPrefix[l] + PortfolioLabels.outputFailed[l] + ".\n")
            code = ExitCode.io
        }
        err.append(PortfolioLabels.counts(read: read, planned: planned, rejected: rejections.count)[l] + "\n")
        return code
    }

    /// Writes the sorted rows at `positions` with `writer` into `chunk`'s
    /// buffer, replacing what it held (its capacity kept).
    static func write(_ view: PortfolioSortedView, _ positions: Range<Int>, with writer: UncheckedWriter,
                      planner: PortfolioPlanner, into chunk: ChunkBuffer) {
        // Moved out of the class for the loop: an `inout` of a class
        // property pays a dynamic exclusivity check per access.
        var buffer = ByteBuffer()
        swap(&buffer, &chunk.buffer)
        defer { swap(&buffer, &chunk.buffer) }
        buffer.removeAll(keepingCapacity: true)
        // About 140 bytes a CSV row: one allocation for the first chunk.
        buffer.reserveCapacity(positions.count * 160)
        // CSV, the common case, called directly rather than through the
        // writer protocol, so the row loop is one function.
        if let csv = writer.value as? PortfolioCSVWriter {
            view.forEach(in: positions) { entry, text in
                // The view made each unlisted vendor's id once.
                if csv.lists(entry) || !text.unlistedVendorID.isEmpty {
                    csv.write(entry, unlistedVendorID: text.unlistedVendorID, text: text, to: &buffer)
                } else {
                    csv.write(entry, unlistedVendor: PortfolioPlanner.unlistedVendorID(typed: text.vendorBytes), text: text, to: &buffer)
                }
            }
            return
        }
        view.forEach(in: positions) { entry, text in
            writer.value.write(entry, vendor: planner.vendorID(of: entry, typed: text.vendorBytes), text: text, to: &buffer)
        }
    }
}

/// One thread's output buffer for sorted chunks, reused from chunk to
/// chunk; used by one thread at a time (the other joined in between).
final class ChunkBuffer: @unchecked Sendable {
    var buffer = ByteBuffer()
}
