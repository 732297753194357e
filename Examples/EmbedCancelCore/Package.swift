// swift-tools-version: 6.0
import PackageDescription

/// A host tool that embeds the planner: it depends on cancelctl by path,
/// as another package would by URL, and adds a vendor of its own.
let package = Package(
    name: "EmbedCancelCore",
    dependencies: [.package(name: "cancelctl", path: "../..")],
    targets: [
        .executableTarget(name: "EmbedCancelCore", dependencies: [
            .product(name: "CancelCore", package: "cancelctl"),
            .product(name: "CancelVendors", package: "cancelctl"),
            .product(name: "CancelCoreTesting", package: "cancelctl"),
        ]),
    ]
)
