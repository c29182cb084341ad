// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "swift-template",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "swift-template", targets: ["SwiftTemplateCLI"]),
        .library(name: "GoTemplate", targets: ["GoTemplate"]),
        .library(name: "HelmYAML", targets: ["HelmYAML"]),
        .library(name: "HelmFunctions", targets: ["HelmFunctions"]),
        .library(name: "ChartEngine", targets: ["ChartEngine"]),
        .library(name: "Onboarding", targets: ["Onboarding"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Audited key generation and signing (RSA, P-256/384/521, Ed25519) for Sprig's genPrivateKey/genCA/….
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libyaml, the C library go-yaml's parser and emitter were ported from.
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // zlib, for packaged charts (.tgz).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Go's text/template: value model, fmt, lexer, parser, evaluator, builtins.
        .target(name: "GoTemplate"),
        // YAML and JSON with Helm's semantics (values in, manifests out).
        .target(name: "HelmYAML", dependencies: ["CYAML", "GoTemplate"]),
        // Sprig and Helm's own template functions, one file per family.
        .target(name: "HelmFunctions", dependencies: [
            "GoTemplate", "HelmYAML",
            .product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        // Charts: loading, values, dependencies, rendering, sorting, printing.
        .target(name: "ChartEngine", dependencies: ["CYAML", "CZlib", "GoTemplate", "HelmYAML", "HelmFunctions"]),
        // The GitOps tenant onboarding library.
        .target(name: "Onboarding", dependencies: ["GoTemplate", "ChartEngine", "HelmYAML"]),
        .executableTarget(
            name: "SwiftTemplateCLI",
            dependencies: ["ChartEngine", "Onboarding", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "GoTemplateTests", dependencies: ["GoTemplate"]),
        .testTarget(name: "HelmYAMLTests", dependencies: ["HelmYAML"]),
        .testTarget(name: "HelmFunctionsTests", dependencies: ["HelmFunctions", "ChartEngine"]),
        .testTarget(name: "ChartEngineTests", dependencies: ["ChartEngine"], exclude: ["Fixtures"]),
        .testTarget(name: "OnboardingTests", dependencies: ["Onboarding"]),
    ],
    swiftLanguageModes: [.v5]
)
