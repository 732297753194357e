/// ``TextWrapper/wrap(_:width:)`` over UTF-8 bytes, for text in which every
/// character is one Unicode scalar: scalars below U+0300 (no combining mark
/// or prepended mark lies there) or in General Punctuation (U+2000-U+206F:
/// dashes, curly quotes) other than the joiners U+200C and U+200D, and no
/// carriage return (CR LF is one character). That covers the English and
/// French that `plan` prints, and wrapping it character by character was a
/// third of `plan`'s start-up. Same lines as the general path
/// (`TextWrapperTests` compares them), or `nil` when the text is not simple.
enum SimpleTextWrapper {
    static func wrap(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [String]? {
        guard isSimple(bytes) else { return nil }
        var lines = Lines(width: width)
        var word: [UInt8] = []
        var wordCount = 0
        var pendingOpen = false
        var start = 0
        while start < bytes.count {
            if bytes[start] == 0x20 { start += 1; continue }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // French high punctuation stays with the word before it, and the
            // word after "«" stays with it, as in `TextWrapper.glued`.
            if !word.isEmpty, pendingOpen || isHighPunctuation(token) {
                word.append(0x20)
                word.append(contentsOf: token)
                wordCount += 1 + scalars(token)
            } else {
                if !word.isEmpty { lines.add(word, count: wordCount) }
                word.removeAll(keepingCapacity: true)
                word.append(contentsOf: token)
                wordCount = scalars(token)
            }
            pendingOpen = token.elementsEqual("«".utf8)
            start = end
        }
        if !word.isEmpty { lines.add(word, count: wordCount) }
        return lines.finished()
    }

    /// True when each scalar of `bytes` (valid UTF-8) is one character, as
    /// the type's comment says.
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            // ASCII, a continuation byte, or the lead byte of U+0080-U+02FF.
            if byte < 0xCC { if byte == 0x0D { return false }; continue }
            // U+2000-U+206F is E2 80 80 through E2 81 AF.
            guard byte == 0xE2, index + 1 < bytes.count else { return false }
            let second = bytes[index], third = bytes[index + 1]
            guard second == 0x80 || second == 0x81 else { return false }
            if second == 0x80 && (third == 0x8C || third == 0x8D) { return false }
            if second == 0x81 && third > 0xAF { return false }
            index += 2
        }
        return true
    }

    private static func scalars(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private static func isHighPunctuation(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        switch token.count {
        case 1: return token[0] == UInt8(ascii: ";") || token[0] == UInt8(ascii: ":")
            || token[0] == UInt8(ascii: "?") || token[0] == UInt8(ascii: "!")
        case 2: return token[0] == 0xC2 && token[1] == 0xBB  // »
        default: return false
        }
    }

    /// Lines being filled, as `TextWrapper.wrap` fills them.
    private struct Lines {
        let width: Int
        var lines: [String] = []
        var current: [UInt8] = []
        var currentCount = 0

        init(width: Int) { self.width = width }

        mutating func add(_ word: [UInt8], count: Int) {
            var word = word[...]
            var count = count
            while count > width {
                if !current.isEmpty { emit() }
                // The first `width` scalars: a scalar starts at each byte that
                // is not a continuation byte.
                var cut = word.startIndex
                var taken = 0
                while cut < word.endIndex {
                    if word[cut] & 0xC0 != 0x80 {
                        if taken == width { break }
                        taken += 1
                    }
                    cut += 1
                }
                lines.append(String(decoding: word[..<cut], as: UTF8.self))
                word = word[cut...]
                count -= width
            }
            if current.isEmpty {
                current.append(contentsOf: word)
                currentCount = count
            } else if currentCount + 1 + count <= width {
                current.append(0x20)
                current.append(contentsOf: word)
                currentCount += 1 + count
            } else {
                emit()
                current.append(contentsOf: word)
                currentCount = count
            }
        }

        private mutating func emit() {
            lines.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
            currentCount = 0
        }

        mutating func finished() -> [String] {
            if !current.isEmpty || lines.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
            return lines
        }
    }
}
