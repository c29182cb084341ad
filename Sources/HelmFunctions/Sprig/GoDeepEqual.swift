import GoTemplate

/// `reflect.DeepEqual` over `Value`: dynamic types must match exactly (`int` 1 is not `int64` 1,
/// `[]string` is not `[]interface {}`), then contents compare recursively; NaN is unequal to itself.
enum GoDeepEqual {
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.invalid, _), (.null, _): return b.isNil
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.int64(let x), .int64(let y)): return x == y
        case (.uint8(let x), .uint8(let y)): return x == y
        case (.float64(let x), .float64(let y)): return x == y
        case (.string(let x), .string(let y)): return goStringEqual(x, y)
        case (.rawString(let x), .rawString(let y)): return x == y
        case (.bytes(let x), .bytes(let y)): return x == y
        case (.list(let x), .list(let y)):
            guard x.elementType == y.elementType, x.count == y.count else { return false }
            return zip(x.elements, y.elements).allSatisfy { equal($0, $1) }
        case (.map(let x), .map(let y)):
            if x === y { return true }
            guard x.typeName == y.typeName, x.count == y.count else { return false }
            for (k, v) in x.entries {
                guard let w = y.entries[k], equal(v, w) else { return false }
            }
            return true
        case (.object(let x), .object(let y)):
            return x === y || (x.goTypeName == y.goTypeName && x.format(plus: true) == y.format(plus: true))
        default:
            return false
        }
    }
}
