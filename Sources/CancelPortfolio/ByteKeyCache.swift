/// A small cache from byte strings (a vendor cell as typed) to what they
/// resolved to, looked up without building a `String` or an array: a
/// direct-mapped table of 256 slots chosen by an FNV-1a hash of the bytes.
/// A file names few such vendors on many rows, so nearly every lookup hits;
/// two keys sharing a slot replace each other (the caller resolves a miss
/// the general way), so memory stays bounded whatever the file holds.
/// Decoding, trimming and hashing a `String` for a dictionary was about a
/// thousand instructions an unlisted row. Inlinable, so each user gets
/// it specialized for its value type (unspecialized, across the module
/// boundary, a lookup cost some 1,700 instructions in metadata calls).
/// Public rather than `package`: declared `package`, it was no longer
/// specialized in CancelCLI's sorted view (a file with a third unlisted
/// vendors went from 5,016 to 5,256 instructions a row).
public struct ByteKeyCache<Value> {
    @usableFromInline
    struct Slot {
        @usableFromInline let key: [UInt8]
        @usableFromInline let value: Value

        @inlinable
        init(key: [UInt8], value: Value) {
            self.key = key
            self.value = value
        }
    }

    @inlinable
    static var slotBits: Int { 8 }
    /// Empty until the first ``keep(_:for:)``: a cache made for every
    /// slice of a file that names no such vendor costs nothing.
    @usableFromInline
    var slots: [Slot?] = []

    @inlinable
    public init() {}

    /// Keys longer than this are never kept (a long cell is rare, and
    /// comparing it costs what resolving it would).
    @inlinable
    public static var keyLimit: Int { 64 }

    @inlinable @inline(__always)
    static func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(truncatingIfNeeded: (hash ^ (hash >> 16)) & ((1 << UInt32(slotBits)) - 1))
    }

    /// The value kept for exactly these bytes, if any.
    @inlinable
    public func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard !slots.isEmpty, bytes.count <= ByteKeyCache.keyLimit, let slot = slots[ByteKeyCache.slot(of: bytes)],
              slot.key.count == bytes.count else { return nil }
        let same = slot.key.withUnsafeBufferPointer { key in
            var index = 0
            while index < key.count {
                if key[index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
        return same ? slot.value : nil
    }

    /// Keeps `value` for these bytes, replacing whatever shared their slot.
    @inlinable
    public mutating func keep(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= ByteKeyCache.keyLimit else { return }
        if slots.isEmpty { slots = Array(repeating: nil, count: 1 << ByteKeyCache.slotBits) }
        slots[ByteKeyCache.slot(of: bytes)] = Slot(key: Array(bytes), value: value)
    }
}
