/// A hash that is the same in every run and on every machine (Swift's
/// `Hasher` is seeded per process): calendar UIDs are built from it.
enum StableHash {
    /// 128 bits as 32 hex digits: two FNV-1a 64-bit hashes with different
    /// offsets, enough that two actions of one account never collide.
    static func hex(_ text: String) -> String {
        fnv1a(text, offset: 0xcbf2_9ce4_8422_2325) + fnv1a(text, offset: 0x8422_2325_cbf2_9ce4)
    }

    static func fnv1a(_ text: String, offset: UInt64) -> String {
        var hash = offset
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
