/// iCalendar text rules (RFC 5545 §3.1, §3.3.11): escape backslash, comma,
/// semicolon and line breaks; fold content lines longer than 75 octets
/// without splitting a UTF-8 character.
enum ICSText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Writes `content` as one or more folded lines ending in CRLF.
    static func line(_ content: String, to out: ByteWriter) {
        let bytes = Array(content.utf8)
        var start = 0
        var limit = 75
        while bytes.count - start > limit {
            var cut = start + limit
            // Never cut before a UTF-8 continuation byte.
            while cut > start + 1 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            out.append(bytes: bytes[start..<cut])
            out.append("\r\n ")
            start = cut
            limit = 74
        }
        out.append(bytes: bytes[start...])
        out.append("\r\n")
    }
}
