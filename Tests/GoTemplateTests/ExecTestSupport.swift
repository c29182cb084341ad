import XCTest
@testable import GoTemplate

/// What Helm produced for a template: its output, or its error text.
///
/// Cases were run through `helm template` on a one-file chart (template name `c/templates/t.yaml`,
/// values below). Outputs were captured raw via `include … | toJson`; execution errors are Go's
/// `Error()` text; parse errors are compared after Helm's own rewriting (`parse error at (LOC): MSG`,
/// engine.go's cleanupParseError), because that is all Helm prints of them.
enum OracleExpectation {
    case output(String)
    case error(String)
}

let oracleTemplateName = "c/templates/t.yaml"

/// The chart's values.yaml, as Helm loads it (every number a float64):
/// ```
/// str: hello
/// num: 3
/// float: 1.5
/// big: 1000000
/// neg: -2
/// zero: 0
/// t: true
/// f: false
/// nul: null
/// emptystr: ""
/// list: [a, b, c]
/// nums: [1, 2, 3]
/// empty: []
/// emptymap: {}
/// map: {b: 2, a: 1, c: 3}
/// nested: {inner: {deep: x}}
/// objs: [{name: n1}, {name: n2}]
/// mixed: [null, 1, "s"]
/// "key-with-dash": dashed
/// ```
func oracleData() -> Value {
    let values: [String: Value] = [
        "str": .string("hello"),
        "num": .float64(3),
        "float": .float64(1.5),
        "big": .float64(1_000_000),
        "neg": .float64(-2),
        "zero": .float64(0),
        "t": .bool(true),
        "f": .bool(false),
        "nul": .null,
        "emptystr": .string(""),
        "list": .list([.string("a"), .string("b"), .string("c")]),
        "nums": .list([.float64(1), .float64(2), .float64(3)]),
        "empty": .list([]),
        "emptymap": .map([:]),
        "map": .map(["b": .float64(2), "a": .float64(1), "c": .float64(3)]),
        "nested": .map(["inner": .map(["deep": .string("x")])]),
        "objs": .list([.map(["name": .string("n1")]), .map(["name": .string("n2")])]),
        "mixed": .list([.null, .float64(1), .string("s")]),
        "key-with-dash": .string("dashed"),
    ]
    return .map(["Values": .map(values, typeName: "common.Values")])
}

/// Functions the oracle cases use besides Go's builtins: Helm's `include`, on the CallContext.
func oracleFunctions() -> FunctionRegistry {
    var registry = FunctionRegistry()
    registry.register("include", [.string, .interface]) { context, args in
        .string(try context.executeTemplate(named: args[0].stringValue ?? "", data: args[1]))
    }
    return registry
}

/// Helm's cleanupParseError: keeps the location and the last `: `-separated part.
func helmParseErrorText(_ goError: String) -> String {
    let tokens = goError.components(separatedBy: ": ")
    guard tokens.count > 1, let last = tokens.last else { return goError }
    return "parse error at (\(tokens[1])): \(last)"
}

/// Renders `template` as Helm does (missingkey=zero); returns output or the error text comparable
/// with the oracle's.
func renderLikeHelm(_ template: String) -> OracleExpectation {
    let set = TemplateSet(functions: oracleFunctions(), options: TemplateOptions(missingKey: .zero))
    do {
        try set.parse(name: oracleTemplateName, text: template)
    } catch let error as TemplateError {
        return .error(helmParseErrorText(error.description))
    } catch {
        return .error("unexpected error type: \(error)")
    }
    do {
        return .output(try set.execute(name: oracleTemplateName, data: oracleData()))
    } catch {
        return .error(String(describing: error))
    }
}

func assertOracleCases(_ cases: [(template: String, expected: OracleExpectation)],
                       file: StaticString = #filePath, line: UInt = #line) throws {
    for (template, expected) in cases {
        let actual = renderLikeHelm(template)
        switch (expected, actual) {
        case let (.output(e), .output(a)):
            XCTAssertEqual(a, e, "template: \(template)", file: file, line: line)
        case let (.error(e), .error(a)):
            XCTAssertEqual(a, e, "template: \(template)", file: file, line: line)
        default:
            XCTFail("template: \(template)\n expected \(expected)\n got \(actual)", file: file, line: line)
        }
    }
}
