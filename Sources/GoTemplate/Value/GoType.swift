/// The static Go types that matter to template evaluation: parameter types of registered functions (so
/// the evaluator can reproduce Go's argument checks and conversions) and element types of slices and maps
/// (so `typeOf` and `%T` print what Go prints).
public indirect enum GoType: Equatable, Hashable {
    /// `interface {}`: accepts any value.
    case interface
    case bool
    case int
    case int64
    case uint8
    case float64
    case string
    /// `[]T`
    case slice(GoType)
    /// `map[string]T`
    case stringMap(GoType)
    /// `reflect.Value` parameter: receives the argument untouched (used by a few builtins).
    case reflectValue
    /// A named type, printed as given (`time.Time`, `*semver.Version`, `common.Values`).
    case named(String)

    public static let bytes = GoType.slice(.uint8)
    public static let interfaceSlice = GoType.slice(.interface)
    public static let stringSlice = GoType.slice(.string)
    public static let interfaceMap = GoType.stringMap(.interface)

    /// Go's spelling, as `reflect.Type.String()` gives it.
    public var name: String {
        switch self {
        case .interface: return "interface {}"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .uint8: return "uint8"
        case .float64: return "float64"
        case .string: return "string"
        case .slice(let e): return "[]" + e.name
        case .stringMap(let e): return "map[string]" + e.name
        case .reflectValue: return "reflect.Value"
        case .named(let n): return n
        }
    }
}

extension Value {
    /// The value's dynamic Go type name (`%T`, Sprig's `typeOf`). `.invalid` and `.null` print `<nil>`.
    public var goTypeName: String {
        switch self {
        case .invalid, .null: return "<nil>"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .uint8: return "uint8"
        case .float64: return "float64"
        case .string, .rawString: return "string"
        case .bytes: return "[]uint8"
        case .list(let l): return "[]" + l.elementType.name
        case .map(let m): return m.typeName
        case .object(let o): return o.goTypeName
        }
    }

    /// Go's `reflect.Kind` name (Sprig's `kindOf`): `int`, `float64`, `string`, `slice`, `map`, `struct`, `ptr`, …
    public var goKindName: String {
        switch self {
        case .invalid, .null: return "invalid"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .uint8: return "uint8"
        case .float64: return "float64"
        case .string, .rawString: return "string"
        case .bytes, .list: return "slice"
        case .map: return "map"
        case .object(let o): return o.goKindName
        }
    }
}
