import CancelCore

/// The field separators a spreadsheet export uses: `,` (the CSV default),
/// `;` (the default of spreadsheet programs where `,` is the decimal mark,
/// as in French) and tab. Chosen from the header line unless `--delimiter`
/// names one.
public enum CSVDelimiter: String, CaseIterable, Sendable {
    case comma
    case semicolon
    case tab

    public var byte: UInt8 {
        switch self {
        case .comma: return UInt8(ascii: ",")
        case .semicolon: return UInt8(ascii: ";")
        case .tab: return 0x09
        }
    }

    /// How messages show it.
    public var shown: String {
        switch self {
        case .comma: return "','"
        case .semicolon: return "';'"
        case .tab: return "tab"
        }
    }

    /// In a sentence: "quote values that contain commas".
    public var inText: LocalizedText {
        switch self {
        case .comma: return LocalizedText(en: "commas", fr: "des virgules")
        case .semicolon: return LocalizedText(en: "semicolons", fr: "des points-virgules")
        case .tab: return LocalizedText(en: "tabs", fr: "des tabulations")
        }
    }

    /// `--delimiter` values: a name or the character itself.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "comma", ",": self = .comma
        case "semicolon", ";": self = .semicolon
        case "tab", "\t", "\\t": self = .tab
        default: return nil
        }
    }

    /// The separator used most often outside quotes in `header`; ties go to
    /// `,`, then `;`. Nil when the line holds none (a one-column file, or a
    /// separator this reader does not know).
    public static func detect(header: [UInt8]) -> CSVDelimiter? {
        var counts = [0, 0, 0]
        var quoted = false
        for byte in header {
            switch byte {
            case 0x22: quoted.toggle()
            case UInt8(ascii: ",") where !quoted: counts[0] += 1
            case UInt8(ascii: ";") where !quoted: counts[1] += 1
            case 0x09 where !quoted: counts[2] += 1
            default: break
            }
        }
        guard let best = counts.max(), best > 0, let index = counts.firstIndex(of: best) else { return nil }
        return allCases[index]
    }
}
