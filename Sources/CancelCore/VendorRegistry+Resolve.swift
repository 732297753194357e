extension VendorRegistry {
    /// The index in ``policies`` of the vendor a person means by `name`: its
    /// id, its display name, one of its aliases or web domains, ignoring
    /// case and surrounding spaces (`Aircall`, ` whc `, `GoTo Webinar`,
    /// `https://www.aircall.io/`). Nil when none matches; exact ids are
    /// tried first, so the common case costs no lowercasing.
    public func index(matching name: String) -> Int? {
        if let exact = policies.firstIndex(where: { $0.description.id == name }) { return exact }
        let key = VendorRegistry.matchKey(name)
        return key.isEmpty ? nil : matchKeys[key]
    }

    /// Every spelling that resolves to a vendor, as ``matchKey(_:)`` writes
    /// it, with the vendor's index: for a reader that resolves a million rows.
    public var matchKeys: [String: Int] {
        var keys: [String: Int] = [:]
        for (index, policy) in policies.enumerated() {
            let description = policy.description
            for spelling in [description.id, description.name] + description.aliases + description.domains {
                let key = VendorRegistry.matchKey(spelling)
                if !key.isEmpty && keys[key] == nil { keys[key] = index }
            }
        }
        return keys
    }

    /// How a vendor name is compared: trimmed, lower-cased, and for a web
    /// address without its scheme, `www.` and path.
    public static func matchKey(_ name: String) -> String {
        var key = Substring(name.trimmingSpaces.lowercased())
        for scheme in ["https://", "http://"] where key.hasPrefix(scheme) { key = key.dropFirst(scheme.count) }
        if key.hasPrefix("www.") { key = key.dropFirst(4) }
        if key.contains("."), let slash = key.firstIndex(of: "/") { key = key[..<slash] }
        return String(key)
    }
}
