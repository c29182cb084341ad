/// Go's comparison builtins (eq, lt, le; ne/gt/ge derive from them), funcs.go semantics: values of
/// different basic kinds do not compare, except signed with unsigned integers.
enum Comparison {
    enum Kind { case invalid, bool, int, float, string, uint }

    static let badComparisonType = FunctionError("invalid type for comparison")
    /// Go 1.25 names both types: `incompatible types for comparison: float64 and int`.
    static func badComparison(_ a: Value, _ b: Value) -> FunctionError {
        FunctionError("incompatible types for comparison: \(a.goTypeName) and \(b.goTypeName)")
    }
    static let noComparison = FunctionError("missing argument for comparison")

    static func basicKind(_ v: Value) -> Kind {
        switch v {
        case .bool: return .bool
        case .int, .int64: return .int
        case .uint8: return .uint
        case .float64: return .float
        case .string, .rawString: return .string
        default: return .invalid
        }
    }

    private static func intValue(_ v: Value) -> Int64 {
        switch v {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        default: return 0
        }
    }

    private static func uintValue(_ v: Value) -> UInt64 {
        if case .uint8(let u) = v { return UInt64(u) }
        return 0
    }

    private static func floatValue(_ v: Value) -> Double {
        if case .float64(let f) = v { return f }
        return 0
    }

    /// reflect.Kind name, for the nil/non-comparable checks.
    private static func reflectKind(_ v: Value) -> String {
        switch v {
        case .invalid: return "invalid"
        case .null: return "interface"
        default: return v.goKindName
        }
    }

    static func eq(_ first: Value, _ others: [Value]) throws -> Bool {
        let arg1 = Builtins.indirectInterface(first)
        if others.isEmpty { throw noComparison }
        let k1 = basicKind(arg1)
        for other in others {
            let arg = Builtins.indirectInterface(other)
            let k2 = basicKind(arg)
            var truth = false
            if k1 != k2 {
                switch (k1, k2) {
                case (.int, .uint):
                    truth = intValue(arg1) >= 0 && UInt64(intValue(arg1)) == uintValue(arg)
                case (.uint, .int):
                    truth = intValue(arg) >= 0 && uintValue(arg1) == UInt64(intValue(arg))
                default:
                    if !arg1.isInvalid && !arg.isInvalid { throw badComparison(arg1, arg) }
                }
            } else {
                switch k1 {
                case .bool:
                    if case .bool(let a) = arg1, case .bool(let b) = arg { truth = a == b }
                case .float: truth = floatValue(arg1) == floatValue(arg)
                case .int: truth = intValue(arg1) == intValue(arg)
                case .uint: truth = uintValue(arg1) == uintValue(arg)
                case .string:
                    truth = goStringsEqual(arg1, arg)
                case .invalid:
                    let kind1 = reflectKind(arg1), kind2 = reflectKind(arg)
                    if kind1 != kind2 && !arg1.isInvalid && !arg.isInvalid {
                        throw FunctionError(GoFormat.sprintf("non-comparable types %s: %v, %s: %v",
                                                             [arg1, .string(arg1.goTypeName), .string(arg.goTypeName), arg]))
                    }
                    if arg1.isInvalid || arg.isInvalid {
                        truth = arg1.isInvalid == arg.isInvalid
                    } else {
                        switch arg {
                        case .list, .bytes, .map, .object(is GoSliceObject):
                            throw FunctionError(GoFormat.sprintf("non-comparable type %s: %v", [arg, .string(arg.goTypeName)]))
                        default:
                            if case .object(let a) = arg1, case .object(let b) = arg { truth = a === b }
                        }
                    }
                }
            }
            if truth { return true }
        }
        return false
    }

    /// Go compares strings byte by byte (not by canonical equivalence, as Swift's `==` does).
    static func goStringsEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return goStringEqual(x, y)
        case let (.rawString(x), .rawString(y)): return x == y
        default: return false // a valid string never equals one that is not UTF-8
        }
    }

    static func lt(_ first: Value, _ second: Value) throws -> Bool {
        let arg1 = Builtins.indirectInterface(first)
        let k1 = basicKind(arg1)
        if k1 == .invalid { throw badComparisonType }
        let arg2 = Builtins.indirectInterface(second)
        let k2 = basicKind(arg2)
        if k2 == .invalid { throw badComparisonType }
        if k1 != k2 {
            switch (k1, k2) {
            case (.int, .uint):
                return intValue(arg1) < 0 || UInt64(intValue(arg1)) < uintValue(arg2)
            case (.uint, .int):
                return intValue(arg2) >= 0 && uintValue(arg1) < UInt64(intValue(arg2))
            default:
                throw badComparison(arg1, arg2)
            }
        }
        switch k1 {
        case .bool, .invalid: throw badComparisonType
        case .float: return floatValue(arg1) < floatValue(arg2)
        case .int: return intValue(arg1) < intValue(arg2)
        case .uint: return uintValue(arg1) < uintValue(arg2)
        case .string:
            if case .string(let a) = arg1, case .string(let b) = arg2 { return goStringLess(a, b) }
            let a = arg1.goStringBytes ?? [], b = arg2.goStringBytes ?? []
            return a.lexicographicallyPrecedes(b)
        }
    }

    static func le(_ first: Value, _ second: Value) throws -> Bool {
        if try lt(first, second) { return true }
        return try eq(first, [second])
    }
}
