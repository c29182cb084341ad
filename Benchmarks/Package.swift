// swift-tools-version:6.1
// The benchmark suite lives in its own package so that building and testing the project never pulls in
// package-benchmark and its dependencies. Run: `cd Benchmarks && swift package benchmark`.
import PackageDescription

let package = Package(
    name: "swift-template-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "swift-template", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SwiftTemplateBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "GoTemplate", package: "swift-template"),
                .product(name: "HelmYAML", package: "swift-template"),
                .product(name: "HelmFunctions", package: "swift-template"),
                .product(name: "ChartEngine", package: "swift-template"),
            ],
            path: "Benchmarks/SwiftTemplateBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v5]
)
