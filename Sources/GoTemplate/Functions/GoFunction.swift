import Foundation

/// A function a template can call, described as Go's reflection sees it.
///
/// `text/template` checks the argument count against the Go signature and converts each argument to its
/// parameter type (`wrong type for value; expected string; got int`, number literals becoming `int` or
/// `float64` as the parameter asks). Declaring the Go signature here lets the evaluator reproduce those
/// checks and messages exactly, so the body receives arguments already converted.
public struct GoFunction {
    /// Fixed parameter types, in order.
    public var parameters: [GoType]
    /// Element type of a trailing `...T` parameter, if the function is variadic.
    public var variadic: GoType?
    /// The implementation. Throwing `FunctionError` becomes Go's `error calling NAME: <message>`.
    public var body: (CallContext, [Value]) throws -> Value

    public init(_ parameters: [GoType], variadic: GoType? = nil,
                body: @escaping (CallContext, [Value]) throws -> Value) {
        self.parameters = parameters
        self.variadic = variadic
        self.body = body
    }
}

/// The error a function returns (Go's second result). The evaluator reports it as
/// `error calling <name>: <message>`.
public struct FunctionError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What a function body may ask of the execution that calls it: named templates (`include`), parsing and
/// running text against the current template set (`tpl`), and the injectable clock and randomness.
public protocol CallContext: AnyObject {
    var environment: RenderEnvironment { get }
    /// Executes the named template of the current set with `data` as dot; `include` is built on this.
    func executeTemplate(named name: String, data: Value) throws -> String
    /// Parses `text` as a new template named `name` in a copy of the current set (so its `define`s do
    /// not leak) and executes it with `data`; `tpl` is built on this.
    func executeText(_ text: String, named name: String, data: Value) throws -> String
    /// Per-execution storage for function families that need state (e.g. Helm's include depth).
    var userInfo: [String: Any] { get set }
    /// `executeTemplate` keeping output that is not UTF-8: a `.string` or `.rawString`.
    func renderTemplate(named name: String, data: Value) throws -> Value
    /// `executeText` for a Go string that may not be UTF-8, keeping output that is not UTF-8 either.
    func renderText(_ source: Value, named name: String, data: Value) throws -> Value
}

extension CallContext {
    public func renderTemplate(named name: String, data: Value) throws -> Value {
        .string(try executeTemplate(named: name, data: data))
    }

    public func renderText(_ source: Value, named name: String, data: Value) throws -> Value {
        .string(try executeText(source.stringValue ?? "", named: name, data: data))
    }
}

/// Time and randomness for functions such as `now`, `randAlpha` and `uuidv4`, injectable so tests and
/// golden files are deterministic.
public final class RenderEnvironment {
    public var now: () -> Date
    public var random: () -> UInt64

    public init(now: @escaping () -> Date = { Date() },
                random: @escaping () -> UInt64 = { UInt64.random(in: .min ... .max) }) {
        self.now = now
        self.random = random
    }

    public static let live = RenderEnvironment()
}
