#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file or nothing: the text goes to a temporary file in the
/// target's directory (same file system), is flushed, then renamed over the
/// target with rename(2), which replaces it in one step. On any failure the
/// temporary file is removed and the previous file, if any, is untouched.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(OutputFileError) {
        let (directory, name) = split(path)
        var descriptor: Int32 = -1
        var temporary = ""
        // O_EXCL never reuses a file; the kernel applies the umask to 0666.
        for attempt in 0..<100 {
            temporary = directory + "." + name + ".\(getpid()).\(attempt).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw OutputFileError(path: path, code: errno) }

        func fail(_ code: Int32) -> OutputFileError {
            if descriptor >= 0 { close(descriptor) }
            unlink(temporary)
            return OutputFileError(path: path, code: code)
        }
        // Keep the permissions of the file being replaced.
        var existing = stat()
        if stat(path, &existing) == 0, (existing.st_mode & S_IFMT) == S_IFREG {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return systemWrite(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw fail(written < 0 ? errno : EIO) }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw fail(errno) }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw fail(errno) }
        guard rename(temporary, path) == 0 else { throw fail(errno) }
    }

    /// The directory part with its trailing slash ("" for the current one)
    /// and the file name.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    private static func systemWrite(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, pointer, count)
        #elseif canImport(Musl)
        return Musl.write(fd, pointer, count)
        #else
        return Darwin.write(fd, pointer, count)
        #endif
    }
}
