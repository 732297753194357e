// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer harnesses, kept out of the root package so their build flags
/// never reach the packages that depend on the root. Build and run them
/// with `Scripts/fuzz`, which passes the coverage and libFuzzer flags (see
/// there why not `--sanitize=fuzzer`).

let package = Package(
    name: "cancelctl-fuzz",
    dependencies: [.package(name: "cancelctl", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "CancelCore", package: "cancelctl"),
                                                   .product(name: "CancelPortfolio", package: "cancelctl")]),
        .executableTarget(name: "fuzz-arguments",
                          dependencies: ["FuzzSupport",
                                         .product(name: "CancelCLI", package: "cancelctl"),
                                         .product(name: "CancelVendors", package: "cancelctl")]),
        .executableTarget(name: "fuzz-dates",
                          dependencies: ["FuzzSupport", .product(name: "CancelCore", package: "cancelctl")]),
        .executableTarget(name: "fuzz-csv",
                          dependencies: ["FuzzSupport", .product(name: "CancelCore", package: "cancelctl"),
                                         .product(name: "CancelPortfolio", package: "cancelctl")]),
        .executableTarget(name: "fuzz-jsonl",
                          dependencies: ["FuzzSupport", .product(name: "CancelCore", package: "cancelctl"),
                                         .product(name: "CancelPortfolio", package: "cancelctl")]),
    ]
)
