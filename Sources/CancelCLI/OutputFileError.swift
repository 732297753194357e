#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCore

/// An output file that could not be written, with the reason in words
/// rather than an errno number.
public struct OutputFileError: Error, Equatable, Sendable {
    public let path: String
    /// The errno value of the failing call.
    public let code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// One line, without the "Error: " prefix.
    public var message: LocalizedText {
        LocalizedText(en: "cannot write '\(path)': ", fr: "impossible d’écrire « \(path) » : ") + reason + LocalizedText(verbatim: ".")
    }

    var reason: LocalizedText {
        switch code {
        case ENOENT: return LocalizedText(en: "its directory does not exist", fr: "son dossier n’existe pas")
        case ENOTDIR: return LocalizedText(en: "a part of the path is not a directory", fr: "une partie du chemin n’est pas un dossier")
        case EACCES, EPERM: return LocalizedText(en: "permission denied", fr: "permission refusée")
        case EISDIR: return LocalizedText(en: "it is a directory", fr: "c’est un dossier")
        case ENOSPC, EDQUOT: return LocalizedText(en: "no space left on the device", fr: "plus d’espace sur le périphérique")
        case EROFS: return LocalizedText(en: "the file system is read-only", fr: "le système de fichiers est en lecture seule")
        default:
            let detail = strerror(code).map { String(cString: $0) } ?? "errno \(code)"
            return LocalizedText(en: "system error (\(detail))", fr: "erreur système (\(detail))")
        }
    }
}
