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
        LocalizedText(en: "cannot write '\(UntrustedText.terminalSafe(path))': ", fr: "impossible d’écrire « \(UntrustedText.terminalSafe(path)) » : ") + reason + LocalizedText(verbatim: ".")
    }

    /// One line for a failed write to standard output, without the prefix.
    public static func standardOutput(code: Int32) -> LocalizedText {
        LocalizedText(en: "cannot write to standard output: ", fr: "impossible d’écrire sur la sortie standard : ")
            + OutputFileError(path: "", code: code).reason + LocalizedText(verbatim: ".")
    }

    var reason: LocalizedText {
        switch code {
        case ENOENT: return LocalizedText(en: "its directory does not exist", fr: "son dossier n’existe pas")
        case ENOTDIR: return LocalizedText(en: "a part of the path is not a directory", fr: "une partie du chemin n’est pas un dossier")
        case EACCES, EPERM: return LocalizedText(en: "permission denied", fr: "permission refusée")
        case EISDIR: return LocalizedText(en: "it is a directory", fr: "c’est un dossier")
        case ENOSPC, EDQUOT: return LocalizedText(en: "no space left on the device", fr: "plus d’espace sur le périphérique")
        case ENOTSUP: return LocalizedText(en: "it is neither a file, a character device nor a pipe",
                                           fr: "ce n’est ni un fichier, ni un périphérique caractère, ni un tube")
        case EBADF: return LocalizedText(en: "it is closed", fr: "elle est fermée")
        case EIO: return LocalizedText(en: "input/output error", fr: "erreur d’entrée-sortie")
        case EROFS: return LocalizedText(en: "the file system is read-only", fr: "le système de fichiers est en lecture seule")
        default:
            let detail = strerror(code).map { String(cString: $0) } ?? "errno \(code)"
            return LocalizedText(en: "system error (\(detail))", fr: "erreur système (\(detail))")
        }
    }
}
