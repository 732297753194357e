import CancelCore

/// What each vendor name cancelctl has no rules for resolved to (the name
/// to plan it under, or why it is refused), kept by one thread across rows.
/// Bounded: a file where every row names a different vendor stops adding
/// names and resolves the rest each time.
public struct UnlistedVendorNames {
    private var known: [String: Result<String, InputError>] = [:]
    static let limit = 4096

    public init() {}

    mutating func resolve(_ vendor: String, _ resolution: () throws(InputError) -> String) throws(InputError) -> String {
        if let result = known[vendor] { return try result.get() }
        let result: Result<String, InputError>
        do throws(InputError) {
            result = .success(try resolution())
        } catch {
            result = .failure(error)
        }
        if known.count < UnlistedVendorNames.limit { known[vendor] = result }
        return try result.get()
    }
}
