// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for swift-template. Build and run through scripts/fuzz.sh, which passes
// `-Xswiftc -sanitize=fuzzer,address`. Each target's main.swift hands over to libFuzzer (through
// FuzzDriver), which calls the target's `LLVMFuzzerTestOneInput`.
let package = Package(
    name: "swift-template-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // Starts libFuzzer from main.swift (SwiftPM's renamed entry point keeps libFuzzer's main out).
        .target(name: "FuzzDriver"),
        // Go templates with every Helm function: parse, then execute against small values.
        .executableTarget(name: "FuzzTemplate", dependencies: [
            "FuzzDriver",
            .product(name: "GoTemplate", package: "main"),
            .product(name: "HelmFunctions", package: "main"),
        ]),
        // Values files: read as Helm does, then written back with toYaml and toJson's decoder.
        .executableTarget(name: "FuzzYAML", dependencies: [
            "FuzzDriver",
            .product(name: "GoTemplate", package: "main"),
            .product(name: "HelmYAML", package: "main"),
        ]),
        // The `--set` family of parsers (strvals).
        .executableTarget(name: "FuzzSet", dependencies: [
            "FuzzDriver",
            .product(name: "GoTemplate", package: "main"),
            .product(name: "ChartEngine", package: "main"),
        ]),
        // Packaged charts: bytes written to a temporary .tgz, then loaded.
        .executableTarget(name: "FuzzChartArchive", dependencies: [
            "FuzzDriver",
            .product(name: "ChartEngine", package: "main"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
