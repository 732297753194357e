import Foundation
import PackagePlugin

/// Generates the built-in vendor list of the target it is attached to
/// (CancelVendors) from that target's dependencies, so adding a vendor to
/// Package.swift's `vendors` is the only registration there is.
///
/// Convention, checked by the generator: every dependency under
/// `Sources/Vendors/<X>` is a module `X` that declares
/// `public struct XPolicy: VendorPolicy` in `XPolicy.swift`.
@main
struct VendorRegistryPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        // A vendor is a dependency whose sources live in Sources/Vendors/<Name>/.
        let vendors = target.dependencies.compactMap { dependency -> (name: String, folder: String)? in
            guard case .target(let dependency) = dependency,
                  let module = dependency as? SourceModuleTarget else { return nil }
            let marker = "/Sources/Vendors/\(module.name)/"
            guard let file = module.sourceFiles.first(where: { $0.url.path().contains(marker) })?.url.path(),
                  let range = file.range(of: marker) else { return nil }
            return (module.name, String(file[..<range.upperBound]))
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInVendorList.swift")
        var arguments = [output.path()]
        var inputs: [URL] = []
        for vendor in vendors {
            let policyFile = vendor.folder + "\(vendor.name)Policy.swift"
            arguments += [vendor.name, policyFile]
            inputs.append(URL(fileURLWithPath: policyFile))
        }
        return [
            .buildCommand(displayName: "Generating the built-in vendor list (\(vendors.count) vendors)",
                          executable: try context.tool(named: "VendorRegistryGenerator").url,
                          arguments: arguments,
                          inputFiles: inputs,
                          outputFiles: [output]),
        ]
    }
}
