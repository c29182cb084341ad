// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for swift-template. Build and run through scripts/fuzz.sh, which passes
// `-Xswiftc -sanitize=fuzzer,address`. Each target's main.swift hands over to libFuzzer (through
// FuzzDriver), which calls the target's `LLVMFuzzerTestOneInput`.
let package = Package(
    name: "swift-template-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "swift-template", path: ".."),
    ],
    targets: [
        // Starts libFuzzer from main.swift (SwiftPM's renamed entry point keeps libFuzzer's main out).
        .target(name: "FuzzDriver"),
        // Go templates with every Helm function: parse, then execute against small values.
        .executableTarget(name: "FuzzTemplate", dependencies: [
            "FuzzDriver",
            .product(name: "GoTemplate", package: "swift-template"),
            .product(name: "HelmFunctions", package: "swift-template"),
        ]),
        // Values files: read as Helm does, then written back with toYaml and toJson's decoder.
        .executableTarget(name: "FuzzYAML", dependencies: [
            "FuzzDriver",
            .product(name: "GoTemplate", package: "swift-template"),
            .product(name: "HelmYAML", package: "swift-template"),
        ]),
        // The `--set` family of parsers (strvals).
        .executableTarget(name: "FuzzSet", dependencies: [
            "FuzzDriver",
            .product(name: "GoTemplate", package: "swift-template"),
            .product(name: "ChartEngine", package: "swift-template"),
        ]),
        // Packaged charts: bytes written to a temporary .tgz, then loaded.
        .executableTarget(name: "FuzzChartArchive", dependencies: [
            "FuzzDriver",
            .product(name: "ChartEngine", package: "swift-template"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
