import CancelCore

/// The formats a portfolio file may be in (`--input`).
public enum PortfolioInputFormat: String, CaseIterable, Sendable {
    case csv
    case jsonl

    /// JSON Lines when the first non-blank byte (after a byte order mark)
    /// opens an object, CSV otherwise: a CSV header cannot start with `{`.
    public static func detect<Bytes: Collection>(prefix: Bytes) -> PortfolioInputFormat where Bytes.Element == UInt8 {
        var bytes = prefix[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let first = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }
        return first == UInt8(ascii: "{") ? .jsonl : .csv
    }
}
