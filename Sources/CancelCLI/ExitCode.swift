/// Exit codes, after BSD's sysexits.h.
public enum ExitCode {
    public static let success: Int32 = 0
    /// The command line was wrong (EX_USAGE).
    public static let usage: Int32 = 64
    /// Input data was wrong (EX_DATAERR).
    public static let data: Int32 = 65
    /// An output file could not be written (EX_CANTCREAT).
    public static let cannotCreate: Int32 = 73
    /// A file could not be read or written (EX_IOERR).
    public static let io: Int32 = 74
}
