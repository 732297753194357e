// swift-tools-version: 6.0
import PackageDescription

/// The vendor targets, one folder each under Sources/Vendors. Adding a
/// vendor means adding its folder and one entry here.
let vendors = ["Aircall", "Intercom", "Bitrix24", "GoTo", "WHC"]

let package = Package(
    name: "cancelctl",
    products: [
        .library(name: "CancelCore", targets: ["CancelCore"]),
        .library(name: "CancelVendors", targets: ["CancelVendors"]),
        .library(name: "CancelCoreTesting", targets: ["CancelCoreTesting"]),
        .library(name: "CancelPortfolio", targets: ["CancelPortfolio"]),
        .library(name: "CancelCLI", targets: ["CancelCLI"]),
        .executable(name: "cancelctl", targets: ["cancelctl"]),
    ],
    targets: [
        .target(name: "CancelCore"),
        .target(name: "CancelCoreTesting", dependencies: ["CancelCore"]),
        .target(name: "CancelVendors", dependencies: vendors.map { .target(name: $0) },
                plugins: ["VendorRegistryPlugin"]),
        // The byte-level readers (CSV, JSON Lines) and the portfolio triage:
        // kept out of CancelCore, which holds what a vendor author needs.
        .target(name: "CancelPortfolio", dependencies: ["CancelCore"]),
        .target(name: "CancelCLI", dependencies: ["CancelCore", "CancelPortfolio"]),
        .executableTarget(name: "cancelctl", dependencies: ["CancelCLI", "CancelVendors"]),
        // Answers date questions on stdin for Scripts/date-oracle.py.
        .executableTarget(name: "date-oracle-driver", dependencies: ["CancelCore"]),
        // Builds the vendor list of CancelVendors from its dependencies.
        .executableTarget(name: "VendorRegistryGenerator"),
        .plugin(name: "VendorRegistryPlugin", capability: .buildTool(), dependencies: ["VendorRegistryGenerator"]),
        .testTarget(name: "CancelCoreTests", dependencies: ["CancelCore", "CancelCoreTesting"]),
        .testTarget(name: "ConformanceTests", dependencies: ["CancelCore", "CancelCoreTesting", "CancelVendors"]),
        .testTarget(name: "CancelCLITests", dependencies: ["CancelCLI", "CancelCore", "CancelPortfolio", "CancelVendors", "CancelCoreTesting"]),
        .testTarget(name: "PortfolioTests", dependencies: ["CancelCLI", "CancelCore", "CancelPortfolio", "CancelVendors", "CancelCoreTesting"]),
    ]
        + vendors.map { .target(name: $0, dependencies: ["CancelCore"], path: "Sources/Vendors/\($0)") }
        + vendors.map { .testTarget(name: "\($0)Tests", dependencies: [.target(name: $0), "CancelCore", "CancelCoreTesting"], path: "Tests/Vendors/\($0)Tests") }
)
