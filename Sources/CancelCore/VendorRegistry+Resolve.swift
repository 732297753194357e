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
    /// it, with the vendor's index (the first vendor wins a shared spelling).
    static func matchKeys(of policies: [any VendorPolicy.Type]) -> [String: Int] {
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
        var text = name
        // Byte by byte for ASCII (nearly every vendor name): a portfolio
        // resolves one per row, and the Character-level path below cost
        // several thousand instructions each.
        if let key = text.withUTF8({ asciiMatchKey($0) }) { return key }
        var key = Substring(name.trimmingSpaces.lowercased())
        for scheme in ["https://", "http://"] where key.hasPrefix(scheme) { key = key.dropFirst(scheme.count) }
        if key.hasPrefix("www.") { key = key.dropFirst(4) }
        if key.contains("."), let slash = key.firstIndex(of: "/") { key = key[..<slash] }
        return String(key)
    }

    /// ``matchKey(_:)`` over ASCII bytes; nil when a byte is not ASCII.
    static func asciiMatchKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        guard end > start else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { lower -> String? in
            var count = 0
            var dot = false
            for index in start..<end {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                lower[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                if byte == UInt8(ascii: ".") { dot = true }
                count += 1
            }
            var from = 0
            for prefix in ["https://", "http://", "www."] {
                let utf8 = prefix.utf8
                if count - from >= utf8.count && zip(utf8, lower[from..<(from + utf8.count)]).allSatisfy({ $0 == $1 }) {
                    from += utf8.count
                }
            }
            var to = count
            if dot, let slash = lower[from..<count].firstIndex(of: UInt8(ascii: "/")) { to = slash }
            return String(decoding: UnsafeBufferPointer(rebasing: lower[from..<to]), as: UTF8.self)
        }
    }

    /// The product an alias or domain names, by match key: `GoTo Connect` and
    /// `gotoconnect.com` name GoTo's `connect`, `GoTo Webinar` its `webinar`.
    /// An alias implies a product when the product's id is part of it; the
    /// vendor's id and display name imply none (its default product applies).
    public var impliedProducts: [String: String] {
        var products: [String: String] = [:]
        for policy in policies {
            let description = policy.description
            for spelling in description.aliases + description.domains {
                let key = VendorRegistry.matchKey(spelling)
                if let product = VendorRegistry.product(impliedBy: key, in: description) { products[key] = product }
            }
        }
        return products
    }

    /// The product `key` (a ``matchKey(_:)``) implies, as ``impliedProducts``
    /// would map it, without building that map: `plan` resolves one name.
    public func impliedProduct(forKey key: String) -> String? {
        for policy in policies {
            let description = policy.description
            for spelling in description.aliases + description.domains where VendorRegistry.matchKey(spelling) == key {
                return VendorRegistry.product(impliedBy: key, in: description)
            }
        }
        return nil
    }

    /// The first product whose id is part of `key`; compared as UTF-8 bytes
    /// (a key and an id are compared as written, with no Unicode folding).
    static func product(impliedBy key: String, in description: VendorDescription) -> String? {
        let text = Array(key.utf8)
        for product in description.products {
            let id = Array(product.id.utf8)
            guard !id.isEmpty, id.count <= text.count else { continue }
            for start in 0...(text.count - id.count) where text[start..<(start + id.count)].elementsEqual(id) {
                return product.id
            }
        }
        return nil
    }
}
