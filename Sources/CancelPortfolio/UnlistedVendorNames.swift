import CancelCore

/// What each vendor name cancelctl has no rules for resolved to (the name
/// to plan it under, or why it is refused), kept by one thread across rows.
/// Bounded: a file where every row names a different vendor stops adding
/// names and resolves the rest each time.
public struct UnlistedVendorNames {
    private var known: [String: Result<String, InputError>] = [:]
    /// The same by the vendor cell's bytes as typed (before trimming or
    /// decoding), only for cells the general path sent to the unlisted
    /// branch: a hit skips the decoding, trimming, match key and both
    /// dictionaries. It holds a small index (a lookup that copied out a
    /// `Result` with its error cost some 250 instructions more): a name in
    /// `typedNames` when positive, a refusal in `typedRefusals` when negative.
    private var typed = ByteKeyCache<Int32>()
    private var typedNames: [String] = []
    private var typedRefusals: [InputError] = []
    /// The id each vendor cell as typed is shown under, by its bytes.
    private var ids = ByteKeyCache<String>()
    static let limit = 4096

    public init() {}

    /// ``PortfolioPlanner/unlistedVendorID(typed:)`` of a vendor cell,
    /// remembered by its bytes: a writer names every such row by it.
    public mutating func vendorID(typed bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let id = ids.value(for: bytes) { return id }
        let id = PortfolioPlanner.unlistedVendorID(typed: bytes)
        ids.keep(id, for: bytes)
        return id
    }

    /// The name a vendor cell with exactly these bytes resolved to (or its
    /// refusal, thrown), if remembered; nil otherwise.
    func resolved(typed bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> String? {
        guard let index = typed.value(for: bytes) else { return nil }
        if index > 0 { return typedNames[Int(index) - 1] }
        throw typedRefusals[Int(-index) - 1]
    }

    /// Remembers `result` for these bytes; starts over once `limit` results
    /// are held (a file naming a new vendor on every row).
    private mutating func keep(_ result: Result<String, InputError>, typed bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= ByteKeyCache<Int32>.keyLimit else { return }
        if typedNames.count + typedRefusals.count >= UnlistedVendorNames.limit {
            typed = ByteKeyCache()
            typedNames = []
            typedRefusals = []
        }
        switch result {
        case .success(let name):
            typedNames.append(name)
            typed.keep(Int32(typedNames.count), for: bytes)
        case .failure(let error):
            typedRefusals.append(error)
            typed.keep(-Int32(typedRefusals.count), for: bytes)
        }
    }

    mutating func resolve(_ vendor: String, typed bytes: UnsafeBufferPointer<UInt8>,
                          _ resolution: () throws(InputError) -> String) throws(InputError) -> String {
        let result: Result<String, InputError>
        if let known = known[vendor] {
            result = known
        } else {
            do throws(InputError) {
                result = .success(try resolution())
            } catch {
                result = .failure(error)
            }
            if known.count < UnlistedVendorNames.limit { known[vendor] = result }
        }
        keep(result, typed: bytes)
        return try result.get()
    }
}
