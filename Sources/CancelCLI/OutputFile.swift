#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `--output` and `--errors` go, with the rules of `cp`:
/// - a regular file, or a path that does not exist yet, is written whole or
///   not at all: the text goes to a temporary file in the same directory,
///   is flushed, then renamed over the target in one step (rename(2)); on
///   any failure the temporary file is removed and the old file is intact;
/// - a symbolic link is followed: the file it points to is replaced, the
///   link stays;
/// - a character device or a FIFO (`/dev/stdout`, a named pipe) is written
///   directly, since replacing it with a file would break it (and, as root,
///   the machine for `/dev/null`); a block device or a socket is refused.
public final class OutputFile {
    /// Where to write the bytes.
    public let sink: FileDescriptorSink
    /// The path as given, for messages.
    public let path: String
    /// The final path of an atomic write (the link's target for a link).
    let target: String
    /// The temporary file renamed over ``target``; nil when written directly.
    let temporary: String?
    private var finished = false

    private init(descriptor: Int32, path: String, target: String, temporary: String?) {
        sink = FileDescriptorSink(descriptor: descriptor)
        self.path = path
        self.target = target
        self.temporary = temporary
    }

    deinit { abandon() }

    /// Opens `path` for writing by the rules above.
    public static func open(_ path: String) throws(OutputFileError) -> OutputFile {
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                // A link to nothing yet: create its target through it.
                return try direct(path, flags: O_WRONLY | O_CREAT | O_TRUNC)
            }
            target = String(cString: resolved)
            free(resolved)
        }
        guard stat(target, &info) == 0 else { return try atomic(path, target: target, mode: nil) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return try atomic(path, target: target, mode: info.st_mode & 0o7777)
        case S_IFDIR: throw OutputFileError(path: path, code: EISDIR)
        case S_IFCHR, S_IFIFO: return try direct(target, shownAs: path, flags: O_WRONLY)
        default: throw OutputFileError(path: path, code: ENOTSUP)
        }
    }

    /// Writes `text` to `path` whole, or throws and leaves it as it was.
    public static func write(_ text: String, to path: String) throws(OutputFileError) {
        let file = try open(path)
        file.sink.write(text)
        try file.commit()
    }

    static func direct(_ target: String, shownAs path: String? = nil, flags: Int32) throws(OutputFileError) -> OutputFile {
        let descriptor = systemOpen(target, flags | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputFileError(path: path ?? target, code: errno) }
        return OutputFile(descriptor: descriptor, path: path ?? target, target: target, temporary: nil)
    }

    static func atomic(_ path: String, target: String, mode: mode_t?) throws(OutputFileError) -> OutputFile {
        let (directory, name) = split(target)
        // O_EXCL never reuses a file; the kernel applies the umask to 0666.
        for attempt in 0..<100 {
            let temporary = directory + "." + name + ".\(getpid()).\(attempt).tmp"
            let descriptor = systemOpen(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                // Keep the permissions of the file being replaced.
                if let mode { _ = fchmod(descriptor, mode) }
                return OutputFile(descriptor: descriptor, path: path, target: target, temporary: temporary)
            }
            if errno != EEXIST { break }
        }
        throw OutputFileError(path: path, code: errno)
    }

    /// Makes the written bytes the file's content: flushed and renamed into
    /// place for an atomic write. Throws, leaving the old file, when any
    /// write failed.
    public func commit() throws(OutputFileError) {
        guard !finished else { return }
        finished = true
        if let code = sink.failure { throw fail(code) }
        if temporary != nil, fsync(sink.descriptor) != 0 { throw fail(errno) }
        guard close(sink.descriptor) == 0 else { throw fail(errno, closed: true) }
        if let temporary, rename(temporary, target) != 0 { throw fail(errno, closed: true) }
    }

    /// Gives up: the temporary file is removed, the target untouched.
    public func abandon() {
        guard !finished else { return }
        finished = true
        close(sink.descriptor)
        if let temporary { unlink(temporary) }
    }

    private func fail(_ code: Int32, closed: Bool = false) -> OutputFileError {
        if !closed { close(sink.descriptor) }
        if let temporary { unlink(temporary) }
        return OutputFileError(path: path, code: code)
    }

    /// The directory part with its trailing slash ("" for the current one)
    /// and the file name.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    private static func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
        #if canImport(Glibc)
        return Glibc.open(path, flags, mode)
        #elseif canImport(Musl)
        return Musl.open(path, flags, mode)
        #else
        return Darwin.open(path, flags, mode)
        #endif
    }
}
