import Foundation
import GoTemplate
import HelmFunctions

/// Fuzz target: the input is a template's text. It is parsed as Helm's engine would (missingkey=zero,
/// every Helm function) and, if it parses, executed against small values. Errors are expected; only
/// crashes, hangs and runaway memory are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let set = TemplateSet(functions: FuzzTemplateFixture.functions, options: TemplateOptions(missingKey: .zero))
    let name = "c/templates/t.yaml"
    do {
        try set.parse(name: name, text: text)
        let output = try set.execute(name: name, data: FuzzTemplateFixture.data(), environment: FuzzTemplateFixture.environment)
        if FuzzTemplateFixture.verbose { fputs("output: \(output)\n", stderr) }
    } catch {
        // Describing the error exercises the message formatting too.
        let message = String(describing: error)
        if FuzzTemplateFixture.verbose { fputs("error: \(message)\n", stderr) }
    }
    return 0
}

/// What every run shares: the function map and deterministic time and randomness.
enum FuzzTemplateFixture {
    /// FUZZ_VERBOSE=1 prints each input's output or error (for triage with a single input).
    static let verbose = ProcessInfo.processInfo.environment["FUZZ_VERBOSE"] == "1"

    /// Functions whose cost is by design (key generation, password hashing) would only make the
    /// fuzzer time out on inputs Helm is just as slow on, so they are left out.
    static let slowByDesign: Set<String> = [
        "bcrypt", "htpasswd", "derivePassword",
        "genCA", "genCAWithKey", "genPrivateKey",
        "genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey",
    ]

    static let functions: FunctionRegistry = {
        var registry = FunctionRegistry()
        for (name, function) in HelmFunctionLibrary.registry().functions where !slowByDesign.contains(name) {
            registry.register(name, function)
        }
        return registry
    }()

    static let environment = RenderEnvironment(now: { Date(timeIntervalSince1970: 1_700_000_000) },
                                               random: { 4 })

    /// Values as a chart's values.yaml gives them (numbers are float64), plus a little of the
    /// Release and Chart objects. Built fresh per run: maps are reference types `set` can mutate.
    static func data() -> Value {
        let values: [String: Value] = [
            "str": .string("hello"),
            "num": .float64(3),
            "float": .float64(1.5),
            "big": .float64(1_000_000),
            "neg": .float64(-2),
            "t": .bool(true),
            "nul": .null,
            "emptystr": .string(""),
            "list": .list([.string("a"), .string("b"), .string("c")]),
            "nums": .list([.float64(1), .float64(2), .float64(3)]),
            "empty": .list([]),
            "map": .map(["b": .float64(2), "a": .float64(1)]),
            "nested": .map(["inner": .map(["deep": .string("x")])]),
            "tpl": .string("{{ .Values.str }}"),
        ]
        return .map([
            "Values": .map(values, typeName: "common.Values"),
            "Release": .map(["Name": .string("r"), "Namespace": .string("default")]),
            "Chart": .map(["Name": .string("c"), "Version": .string("0.1.0")]),
        ])
    }
}
