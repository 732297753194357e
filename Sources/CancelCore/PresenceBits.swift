/// A value type that keeps optional values as plain values plus one
/// presence bit each in `present` (``FactValues``, ``ContractTerms``):
/// reading and writing them the same way in both, an absent value stored
/// as `zero` so the synthesized `==` and `hash(into:)` stay right.
@usableFromInline
protocol PresenceBits {
    var present: UInt8 { get set }
}

extension PresenceBits {
    /// The value under `bit` when given.
    @inlinable
    func get<Value>(_ value: Value, _ bit: UInt8) -> Value? {
        present & bit != 0 ? value : nil
    }

    /// What to store for `newValue` (`zero` when nil), setting or clearing `bit`.
    @inlinable
    mutating func store<Value>(_ newValue: Value?, zero: Value, _ bit: UInt8) -> Value {
        guard let newValue else {
            present &= ~bit
            return zero
        }
        present |= bit
        return newValue
    }
}
