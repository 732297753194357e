/// A cell's bytes trimmed of spaces and tabs, when every byte is ASCII:
/// compared byte for byte, it gives the answer `String` comparison would.
struct ASCIIText {
    let bytes: UnsafeBufferPointer<UInt8>

    init?(trimming raw: UnsafeBufferPointer<UInt8>) {
        for byte in raw where byte >= 0x80 { return nil }
        var start = 0, end = raw.count
        while start < end && (raw[start] == 0x20 || raw[start] == 0x09) { start += 1 }
        while end > start && (raw[end - 1] == 0x20 || raw[end - 1] == 0x09) { end -= 1 }
        bytes = UnsafeBufferPointer(rebasing: raw[start..<end])
    }

    func equals(_ other: [UInt8]) -> Bool {
        guard other.count == bytes.count else { return false }
        return other.withUnsafeBufferPointer { other in
            for index in 0..<other.count where other[index] != bytes[index] { return false }
            return true
        }
    }
}
