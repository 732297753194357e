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
    /// dictionaries.
    private var typed = ByteKeyCache<Result<String, InputError>>()
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

    /// What a vendor cell with exactly these bytes resolved to, if remembered.
    func resolved(typed bytes: UnsafeBufferPointer<UInt8>) -> Result<String, InputError>? {
        typed.value(for: bytes)
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
        typed.keep(result, for: bytes)
        return try result.get()
    }
}
