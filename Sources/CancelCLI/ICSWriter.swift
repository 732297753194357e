import CancelCore

/// RFC 5545 content lines: TEXT escaping, folding at 75 octets without
/// cutting a UTF-8 sequence, CRLF line ends. Calendar clients import
/// files that break these rules inconsistently, so the rules live here once.
public struct ICSWriter: Sendable {
    /// The longest line, in octets, CRLF excluded (RFC 5545 §3.1).
    public static let maxOctets = 75

    public private(set) var output = ""

    public init() {}

    /// A content line as given (name, parameters and value already formed).
    public mutating func line(_ content: String) {
        output += ICSWriter.fold(content)
    }

    /// `YYYYMMDD`, the DATE form of RFC 5545 (§3.3.4).
    public static func date(_ date: CalendarDate) -> String {
        String(date.description.filter { $0 != "-" })
    }

    /// A property whose value is TEXT.
    public mutating func text(_ name: String, _ value: String) {
        line(name + ":" + ICSWriter.escape(value))
    }

    /// TEXT escaping (§3.3.11): backslash, semicolon, comma and line breaks;
    /// other control characters, which TEXT does not allow, become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `content` as folded lines, each ending in CRLF: at most 75 octets a
    /// line, continuation lines starting with one space. Breaks fall between
    /// characters (grapheme clusters), or between scalars for a cluster too
    /// long to fit a line, never inside a UTF-8 sequence.
    public static func fold(_ content: String) -> String {
        var out = ""
        var used = 0
        func append(_ piece: Substring.UnicodeScalarView) {
            let octets = piece.reduce(0) { $0 + UTF8.width($1) }
            if used + octets > maxOctets {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(contentsOf: piece)
            used += octets
        }
        for character in content {
            let scalars = Substring(String(character)).unicodeScalars
            if String(character).utf8.count <= maxOctets - 1 {
                append(scalars)
            } else {
                for index in scalars.indices { append(scalars[index...index]) }
            }
        }
        return out + "\r\n"
    }
}
