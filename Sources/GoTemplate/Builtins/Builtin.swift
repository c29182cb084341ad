/// Go's builtin template functions (text/template funcs.go), with their Go signatures so the
/// evaluator applies the same argument checks as for any other function.
enum Builtin: String {
    case and, call, html, index, slice, js, len, not, or, print, printf, println, urlquery
    case eq, ge, gt, le, lt, ne

    var parameters: [GoType] {
        switch self {
        case .and, .or, .call, .index, .slice, .eq, .len, .not: return [.reflectValue]
        case .html, .js, .urlquery, .print, .println: return []
        case .printf: return [.string]
        case .ge, .gt, .le, .lt, .ne: return [.reflectValue, .reflectValue]
        }
    }

    var variadic: GoType? {
        switch self {
        case .and, .or, .call, .index, .slice, .eq: return .reflectValue
        case .html, .js, .urlquery, .print, .println, .printf: return .interface
        case .len, .not, .ge, .gt, .le, .lt, .ne: return nil
        }
    }

    /// Runs the builtin on converted arguments (`and`, `or` and `call` are handled by the evaluator).
    func apply(_ args: [Value]) throws -> Value {
        switch self {
        case .not:
            return .bool(!Truth.isTrue(args[0]))
        case .len:
            return try Builtins.length(args[0])
        case .index:
            return try Builtins.index(args[0], Array(args.dropFirst()))
        case .slice:
            return try Builtins.slice(args[0], Array(args.dropFirst()))
        case .print:
            return GoFormat.sprintValue(args)
        case .println:
            return GoFormat.sprintlnValue(args)
        case .printf:
            return GoFormat.sprintfValue(args[0], Array(args.dropFirst()))
        case .html:
            return Value.goString(GoEscaping.html(bytes: GoEscaping.evalArgBytes(args)))
        case .js:
            return Value.goString(GoEscaping.js(bytes: GoEscaping.evalArgBytes(args)))
        case .urlquery:
            return Value.goString(GoEscaping.urlQuery(bytes: GoEscaping.evalArgBytes(args)))
        case .eq:
            return .bool(try Comparison.eq(args[0], Array(args.dropFirst())))
        case .ne:
            return .bool(!(try Comparison.eq(args[0], [args[1]])))
        case .lt:
            return .bool(try Comparison.lt(args[0], args[1]))
        case .le:
            return .bool(try Comparison.le(args[0], args[1]))
        case .gt:
            return .bool(!(try Comparison.le(args[0], args[1])))
        case .ge:
            return .bool(!(try Comparison.lt(args[0], args[1])))
        case .and, .or, .call:
            throw FunctionError("internal error: \(rawValue) is evaluated by the executor")
        }
    }
}
