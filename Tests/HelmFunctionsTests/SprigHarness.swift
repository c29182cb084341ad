import Foundation
import XCTest
import GoTemplate
@testable import HelmFunctions

/// One expression checked against what Helm printed for `{{ EXPR }}`: its output, the message of the
/// function's error (after `error calling NAME: `), or the evaluator's argument-check message, which
/// depends on the Go signature the function declares.
struct HelmCase {
    var expression: String
    var output: String?
    var error: String?
    var evaluatorError: String?

    init(_ expression: String, evaluatorError: String) {
        self.expression = expression
        self.evaluatorError = evaluatorError
    }

    init(_ expression: String, output: String) {
        self.expression = expression
        self.output = output
    }

    init(_ expression: String, error: String) {
        self.expression = expression
        self.error = error
    }
}

/// Runs Sprig-core expressions without the template evaluator: a tiny reader for `name arg…` with
/// literal and parenthesised arguments, converting arguments to the declared Go parameter types the way
/// text/template does for literals, and printing results as Helm does (nil prints nothing).
enum SprigHarness {
    static let registry: FunctionRegistry = {
        var r = FunctionRegistry()
        StringFunctions.register(into: &r)
        RegexFunctions.register(into: &r)
        NumericFunctions.register(into: &r)
        ConversionFunctions.register(into: &r)
        ListFunctions.register(into: &r)
        DictFunctions.register(into: &r)
        DefaultFunctions.register(into: &r)
        ReflectionFunctions.register(into: &r)
        return r
    }()

    static func check(_ cases: [HelmCase], file: StaticString = #filePath, line: UInt = #line) {
        // Argument checks belong to the evaluator, pipelines to the parser; those cases run end to end only.
        for c in cases where c.evaluatorError == nil && !c.expression.contains(" | ") {
            do {
                let value = try evaluate(c.expression)
                if let expected = c.output {
                    XCTAssertEqual(render(value), expected, "{{ \(c.expression) }}", file: file, line: line)
                } else {
                    XCTFail("{{ \(c.expression) }}: expected error \(c.error ?? ""), got \(render(value))", file: file, line: line)
                }
            } catch let e as FunctionError {
                if let expected = c.error {
                    XCTAssertEqual(e.message, expected, "{{ \(c.expression) }}", file: file, line: line)
                } else {
                    XCTFail("{{ \(c.expression) }}: unexpected error \(e.message)", file: file, line: line)
                }
            } catch {
                XCTFail("{{ \(c.expression) }}: harness error \(error)", file: file, line: line)
            }
        }
    }

    /// Runs each case as the template `{{ EXPR }}` through the real evaluator.
    static func checkEndToEnd(_ cases: [HelmCase], file: StaticString = #filePath, line: UInt = #line) {
        for c in cases {
            let templates = TemplateSet(functions: registry)
            do {
                try templates.parse(name: "t", text: "{{ " + c.expression + " }}")
                let output = try templates.execute(name: "t", data: .map([:]), environment: TestCallContext().environment)
                    .replacingOccurrences(of: "<no value>", with: "")
                if let expected = c.output {
                    XCTAssertEqual(output, expected, "{{ \(c.expression) }}", file: file, line: line)
                } else {
                    XCTFail("{{ \(c.expression) }}: expected an error, got \(output)", file: file, line: line)
                }
            } catch {
                let message = String(describing: error)
                if let expected = c.error ?? c.evaluatorError {
                    XCTAssertTrue(expected.isEmpty || message.contains(expected), "{{ \(c.expression) }}: \(message) lacks \(expected)",
                                  file: file, line: line)
                } else {
                    XCTFail("{{ \(c.expression) }}: unexpected error \(message)", file: file, line: line)
                }
            }
        }
    }

    /// text/template prints a nil result as `<no value>`, which Helm then removes.
    static func render(_ v: Value) -> String {
        v.isNil ? "" : GoFormat.sprint([v])
    }

    struct HarnessError: Error { var message: String }

    static func evaluate(_ expression: String) throws -> Value {
        var reader = Reader(Array(expression.unicodeScalars))
        let v = try reader.command()
        return v
    }

    /// Literal-only template syntax: identifiers, numbers, strings, `true`/`false`/`nil`, parentheses.
    struct Reader {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }

        mutating func skipSpaces() { while i < s.count && s[i] == " " { i += 1 } }

        mutating func command() throws -> Value {
            skipSpaces()
            let name = identifier()
            guard !name.isEmpty else { throw HarnessError(message: "expected a function name at \(i)") }
            var args: [Value] = []
            while true {
                skipSpaces()
                if i >= s.count || s[i] == ")" { break }
                args.append(try argument())
            }
            if name == "len" {
                // Go's builtin, used to check random strings' lengths.
                guard let a = args.first else { throw HarnessError(message: "len needs an argument") }
                return .int(a.stringValue?.utf8.count ?? a.listValue?.count ?? 0)
            }
            guard let f = SprigHarness.registry[name] else { throw HarnessError(message: "unknown function \(name)") }
            return try f.body(TestCallContext(), try convert(args, for: f, name: name))
        }

        mutating func identifier() -> String {
            var out = String.UnicodeScalarView()
            while i < s.count && (s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "_") {
                out.append(s[i]); i += 1
            }
            return String(out)
        }

        mutating func argument() throws -> Value {
            let c = s[i]
            if c == "(" {
                i += 1
                let v = try command()
                skipSpaces()
                guard i < s.count, s[i] == ")" else { throw HarnessError(message: "missing )") }
                i += 1
                return v
            }
            if c == "\"" { return .string(try quoted()) }
            var token = String.UnicodeScalarView()
            while i < s.count && s[i] != " " && s[i] != ")" { token.append(s[i]); i += 1 }
            let t = String(token)
            switch t {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "nil": return .null
            default: break
            }
            if !t.contains("."), !t.lowercased().contains("e") || t.lowercased().hasPrefix("0x"),
               let n = GoStrconv.parseInt(base0: t) {
                return .int(Int(n))
            }
            if let d = GoStrconv.parseFloat(t) { return .float64(d) }
            throw HarnessError(message: "bad literal \(t)")
        }

        mutating func quoted() throws -> String {
            i += 1
            var out = String.UnicodeScalarView()
            while i < s.count && s[i] != "\"" {
                if s[i] == "\\" && i + 1 < s.count {
                    i += 1
                    switch s[i] {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "u":
                        let hex = String(String.UnicodeScalarView(s[(i + 1)..<(i + 5)]))
                        out.append(Unicode.Scalar(UInt32(hex, radix: 16) ?? 0) ?? "?")
                        i += 4
                    default: out.append(s[i])
                    }
                } else {
                    out.append(s[i])
                }
                i += 1
            }
            i += 1
            return String(out)
        }

        /// text/template's conversion of literal arguments to the parameter types.
        func convert(_ args: [Value], for f: GoFunction, name: String) throws -> [Value] {
            let fixed = f.parameters.count
            guard args.count == fixed || (f.variadic != nil && args.count >= fixed) else {
                throw HarnessError(message: "wrong number of args for \(name)")
            }
            return try args.enumerated().map { index, arg in
                let type = index < fixed ? f.parameters[index] : (f.variadic ?? .interface)
                switch (type, arg) {
                case (.float64, .int(let n)): return .float64(Double(n))
                case (.int, .int), (.float64, .float64), (.string, .string), (.bool, .bool), (.interface, _):
                    return arg
                case (.stringMap, .map), (.slice, .list):
                    return arg
                default:
                    throw HarnessError(message: "argument \(index) of \(name): \(arg) is not \(type.name)")
                }
            }
        }
    }
}

/// A call context with a fixed random sequence and no templates.
final class TestCallContext: CallContext {
    /// SplitMix64 state: deterministic and good enough for shuffles in tests.
    private final class SeedBox { var state: UInt64 = 0x9E37_79B9_7F4A_7C15 }

    let environment: RenderEnvironment = {
        let seed = SeedBox()
        return RenderEnvironment(now: { Date(timeIntervalSince1970: 0) }, random: {
            seed.state &+= 0x9E37_79B9_7F4A_7C15
            var z = seed.state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        })
    }()
    var userInfo: [String: Any] = [:]

    func executeTemplate(named name: String, data: Value) throws -> String {
        throw FunctionError("no templates in this test context")
    }

    func executeText(_ text: String, named name: String, data: Value) throws -> String {
        throw FunctionError("no templates in this test context")
    }
}
