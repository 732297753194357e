// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer harnesses, kept out of the root package: their unsafe flags
/// would make the root unusable as a dependency of other packages.
/// Build one with
/// `swift build -c release --sanitize=fuzzer --sanitize=address --product fuzz-arguments`
/// (or just run `Scripts/fuzz`).
let harnessSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "cancelctl-fuzz",
    dependencies: [.package(name: "cancelctl", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "CancelCore", package: "cancelctl")]),
        .executableTarget(name: "fuzz-arguments",
                          dependencies: ["FuzzSupport",
                                         .product(name: "CancelCLI", package: "cancelctl"),
                                         .product(name: "CancelVendors", package: "cancelctl")],
                          swiftSettings: harnessSettings),
        .executableTarget(name: "fuzz-dates",
                          dependencies: ["FuzzSupport", .product(name: "CancelCore", package: "cancelctl")],
                          swiftSettings: harnessSettings),
        .executableTarget(name: "fuzz-csv",
                          dependencies: ["FuzzSupport", .product(name: "CancelCore", package: "cancelctl")],
                          swiftSettings: harnessSettings),
        .executableTarget(name: "fuzz-jsonl",
                          dependencies: ["FuzzSupport", .product(name: "CancelCore", package: "cancelctl")],
                          swiftSettings: harnessSettings),
    ]
)
