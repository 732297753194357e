import CancelCore

/// A strict RFC 8259 parser for one JSON text, over bytes, into
/// ``JSONValue``. Small and dependency-free, for JSON Lines input. Nesting
/// is limited so hostile input cannot exhaust the stack; numbers that do
/// not fit an `Int` become `Double`.
public struct JSONParser {
    public static let maximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// The value of `bytes`, which must hold one JSON text and nothing else
    /// but whitespace.
    public static func parse<Bytes: Collection>(_ bytes: Bytes) throws(JSONParseError) -> JSONValue where Bytes.Element == UInt8 {
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { (buffer) throws(JSONParseError) -> JSONValue in
            var parser = JSONParser(bytes: buffer)
            parser.skipWhitespace()
            let value = try parser.value(depth: 0)
            parser.skipWhitespace()
            guard parser.index == buffer.count else { throw parser.error(.trailingText) }
            return value
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private func error(_ kind: JSONParseError.Kind) -> JSONParseError {
        JSONParseError(kind: kind, offset: index)
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func expect(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw error(.unexpectedEnd) }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw error(.unexpectedCharacter)
        }
        index += count
    }

    private mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < JSONParser.maximumDepth else { throw error(.tooDeep) }
        guard let byte = peek else { throw error(.unexpectedEnd) }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error(.unexpectedCharacter)
        }
    }

    private mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        index += 1
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw error(peek == nil ? .unexpectedEnd : .expectedKey) }
            let key = try string()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw error(peek == nil ? .unexpectedEnd : .unexpectedCharacter) }
            index += 1
            skipWhitespace()
            members.append(JSONValue.Member(key, try value(depth: depth + 1)))
            skipWhitespace()
            guard let next = peek else { throw error(.unexpectedEnd) }
            index += 1
            if next == UInt8(ascii: "}") { return .object(members) }
            guard next == UInt8(ascii: ",") else { index -= 1; throw error(.unexpectedCharacter) }
        }
    }

    private mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            guard let next = peek else { throw error(.unexpectedEnd) }
            index += 1
            if next == UInt8(ascii: "]") { return .array(items) }
            guard next == UInt8(ascii: ",") else { index -= 1; throw error(.unexpectedCharacter) }
        }
    }

    private mutating func string() throws(JSONParseError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while let byte = peek, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            guard byte >= 0x20 else { throw error(.controlCharacter) }
            index += 1
        }
        guard let stop = peek else { throw error(.unexpectedEnd) }
        var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        if stop == UInt8(ascii: "\\") {
            while true {
                guard let byte = peek else { throw error(.unexpectedEnd) }
                if byte == UInt8(ascii: "\"") { break }
                guard byte >= 0x20 else { throw error(.controlCharacter) }
                index += 1
                guard byte == UInt8(ascii: "\\") else { utf8.append(byte); continue }
                guard let escape = peek else { throw error(.unexpectedEnd) }
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard peek == UInt8(ascii: "\\") else { throw error(.invalidEscape) }
                        index += 1
                        guard peek == UInt8(ascii: "u") else { throw error(.invalidEscape) }
                        index += 1
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error(.invalidEscape) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw error(.invalidEscape)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw error(.invalidEscape) }
                    utf8.append(contentsOf: String(Character(unicode)).utf8)
                default:
                    throw error(.invalidEscape)
                }
            }
        }
        index += 1
        guard let text = String(validating: utf8, as: UTF8.self) else { throw error(.invalidUTF8) }
        return text
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw error(.unexpectedEnd) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.invalidEscape)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func number() throws(JSONParseError) -> JSONValue {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        guard let first = peek, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { throw error(.invalidNumber) }
        index += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        var isInteger = true
        if peek == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard requireDigits() else { throw error(.invalidNumber) }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard requireDigits() else { throw error(.invalidNumber) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger, let integer = Int(text) { return .int(integer) }
        guard let double = Double(text), double.isFinite else { throw error(.invalidNumber) }
        return .double(double)
    }

    private mutating func skipDigits() {
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
    }

    private mutating func requireDigits() -> Bool {
        let start = index
        skipDigits()
        return index > start
    }
}

/// Why a JSON text could not be read, and at which byte.
public struct JSONParseError: Error, Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case unexpectedEnd, unexpectedCharacter, expectedKey, trailingText, controlCharacter
        case invalidEscape, invalidNumber, invalidUTF8, tooDeep
    }

    public let kind: Kind
    /// 0-based byte offset in the text.
    public let offset: Int

    public var message: LocalizedText {
        let column = offset + 1
        switch kind {
        case .unexpectedEnd: return LocalizedText(en: "the JSON ends too early", fr: "le JSON se termine trop tôt")
        case .unexpectedCharacter: return LocalizedText(en: "unexpected character at column \(column) of the JSON", fr: "caractère inattendu à la colonne \(column) du JSON")
        case .expectedKey: return LocalizedText(en: "a quoted key is expected at column \(column) of the JSON", fr: "une clé entre guillemets est attendue à la colonne \(column) du JSON")
        case .trailingText: return LocalizedText(en: "text follows the JSON value at column \(column)", fr: "du texte suit la valeur JSON à la colonne \(column)")
        case .controlCharacter: return LocalizedText(en: "a control character in a JSON string at column \(column) (escape it)", fr: "un caractère de contrôle dans une chaîne JSON à la colonne \(column) (échappez-le)")
        case .invalidEscape: return LocalizedText(en: "an invalid escape in a JSON string at column \(column)", fr: "un échappement invalide dans une chaîne JSON à la colonne \(column)")
        case .invalidNumber: return LocalizedText(en: "an invalid number at column \(column) of the JSON", fr: "un nombre invalide à la colonne \(column) du JSON")
        case .invalidUTF8: return LocalizedText(en: "the line is not valid UTF-8 text", fr: "la ligne n’est pas du texte UTF-8 valide")
        case .tooDeep: return LocalizedText(en: "the JSON is nested more than \(JSONParser.maximumDepth) levels deep", fr: "le JSON est imbriqué sur plus de \(JSONParser.maximumDepth) niveaux")
        }
    }
}
