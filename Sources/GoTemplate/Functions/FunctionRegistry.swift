/// The function map of a template set (Go's `template.FuncMap`). Go's builtins (`and`, `printf`, `eq`,
/// …) live in the evaluator; everything here is added by the function library or the chart engine.
///
/// Parsing needs the names (an unknown function is a parse error, as in Go); execution needs the bodies.
public struct FunctionRegistry {
    public private(set) var functions: [String: GoFunction] = [:]

    public init() {}

    public mutating func register(_ name: String, _ function: GoFunction) {
        functions[name] = function
    }

    /// Registers a function with a Go signature in one call.
    public mutating func register(_ name: String, _ parameters: [GoType], variadic: GoType? = nil,
                                  _ body: @escaping (CallContext, [Value]) throws -> Value) {
        functions[name] = GoFunction(parameters, variadic: variadic, body: body)
    }

    public mutating func merge(_ other: FunctionRegistry) {
        functions.merge(other.functions) { _, new in new }
    }

    public subscript(name: String) -> GoFunction? { functions[name] }

    public func contains(_ name: String) -> Bool { functions[name] != nil }

    public var names: [String] { functions.keys.sorted() }
}
