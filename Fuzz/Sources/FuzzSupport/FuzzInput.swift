/// Splits a fuzz input into fields the way a shell hands over argv: on NUL
/// bytes, each field decoded as UTF-8 with invalid bytes repaired, exactly
/// as `CommandLine.arguments` decodes them.
public enum FuzzInput {
    public static func fields(_ data: UnsafePointer<UInt8>, _ size: Int) -> [String] {
        let bytes = UnsafeBufferPointer(start: data, count: size)
        return bytes.split(separator: 0, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// The raw bytes of each NUL-separated field, for parsers that read bytes.
    public static func byteFields(_ data: UnsafePointer<UInt8>, _ size: Int) -> [[UInt8]] {
        UnsafeBufferPointer(start: data, count: size)
            .split(separator: 0, omittingEmptySubsequences: false)
            .map(Array.init)
    }
}
