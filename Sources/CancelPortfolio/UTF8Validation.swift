import CancelCore

/// Well-formed UTF-8 as the Unicode standard defines it (Table 3-7: no
/// overlong forms, no surrogates, nothing above U+10FFFF), the same rule as
/// `String(validating:as:)`. The CSV reader checks each non-ASCII record
/// once with it instead of each field with the standard library, whose
/// generic validation looked up type metadata on every call.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        let count = bytes.count
        while index < count {
            // ASCII eight bytes at a time (a row with one accented name is
            // otherwise looked at byte by byte), up to the first byte that is not.
            if index &+ 8 <= count {
                let high = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    & 0x8080_8080_8080_8080
                if high == 0 {
                    index &+= 8
                    continue
                }
                index &+= high.trailingZeroBitCount &>> 3
            } else if count >= 8 {
                // The last bytes: the last word, less those already checked.
                let last = UInt64(littleEndian: UnsafeRawPointer(base + (count &- 8)).loadUnaligned(as: UInt64.self))
                let high = (last & 0x8080_8080_8080_8080) &>> UInt64((index &- (count &- 8)) &* 8)
                if high == 0 { return true }
                index &+= high.trailingZeroBitCount &>> 3
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let trailing: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: trailing = 1
            case 0xE0: trailing = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: trailing = 2
            case 0xED: trailing = 2; high = 0x9F
            case 0xF0: trailing = 3; low = 0x90
            case 0xF1...0xF3: trailing = 3
            case 0xF4: trailing = 3; high = 0x8F
            default: return false
            }
            guard index + trailing < count else { return false }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return false }
            var next = index + 2
            while next <= index + trailing {
                guard bytes[next] & 0xC0 == 0x80 else { return false }
                next += 1
            }
            index += trailing + 1
        }
        return true
    }
}
