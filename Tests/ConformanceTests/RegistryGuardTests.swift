import CancelCore
import CancelVendors
import Foundation
import Testing

/// Guards the one-entry registration: every folder under Sources/Vendors is
/// in Package.swift's `vendors`, has a test folder, and is registered under
/// its own lower-cased name (hyphens allowed), once.
@Suite struct RegistryGuardTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func folders(_ path: String) throws -> [String] {
        let url = root.appendingPathComponent(path)
        return try FileManager.default.contentsOfDirectory(atPath: url.path)
            .filter { name in
                var isDirectory: ObjCBool = false
                return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory) && isDirectory.boolValue
            }
            .sorted()
    }

    /// The names in `let vendors = [...]` of Package.swift.
    static func packageVendors() throws -> [String] {
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        guard let start = manifest.range(of: "let vendors = ["),
              let end = manifest[start.upperBound...].firstIndex(of: "]") else { return [] }
        return manifest[start.upperBound..<end].split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            .filter { !$0.isEmpty }
    }

    @Test func everyVendorFolderIsInPackageSwift() throws {
        #expect(try Self.folders("Sources/Vendors") == Self.packageVendors().sorted())
    }

    @Test func everyVendorHasATestFolder() throws {
        #expect(try Self.folders("Tests/Vendors") == Self.folders("Sources/Vendors").map { $0 + "Tests" })
    }

    @Test func registeredIdsMatchFoldersOnceEach() throws {
        let ids = BuiltInVendors.policies.map { $0.description.id }
        #expect(Set(ids).count == ids.count, "duplicate vendor ids: \(ids)")
        // An id is its folder's name in lower case, hyphens allowed (goto, bitrix24).
        #expect(ids.map { $0.replacingOccurrences(of: "-", with: "") }.sorted()
                == (try Self.folders("Sources/Vendors")).map { $0.lowercased() }.sorted())
        #expect(BuiltInVendors.registry.ids == ids)
    }
}
