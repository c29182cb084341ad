/// A Go value as `text/template` sees it through reflection.
///
/// Helm's output depends on Go's dynamic types (`3` vs `3.0`, `1e+06`, `map[a:1]`, `<no value>`), so the
/// model keeps them instead of collapsing everything into "number" and "string".
///
/// Two kinds of "nothing" exist, as in Go:
/// - `.invalid` is the zero `reflect.Value`: what a pipeline yields for a missing key or a nil interface
///   after Go's `reflect.ValueOf(v.Interface())` unwrapping. It prints as `<no value>`.
/// - `.null` is a nil `interface{}` stored in a map or list, or returned as-is from a field lookup.
///   Formatted by fmt it prints `<nil>`; passed to a typed parameter its type is `interface {}`.
public enum Value {
    case invalid
    case null
    case bool(Bool)
    /// Go `int` (64-bit here). Template number literals and most Sprig results.
    case int(Int)
    /// Go `int64`: `--set` numbers, `int64`, `toDecimal`.
    case int64(Int64)
    /// Go `uint8` (a byte): `index "abc" 0`.
    case uint8(UInt8)
    /// Go `float64`: every number read from YAML or JSON values.
    case float64(Double)
    case string(String)
    /// A Go string whose bytes are not valid UTF-8, kept exactly (see `Value.goString`). Never valid UTF-8:
    /// those are always `.string`.
    case rawString([UInt8])
    /// Go `[]byte`.
    case bytes([UInt8])
    /// A Go slice; value semantics (Sprig's list functions copy).
    case list(GoList)
    /// A Go map with string keys; reference semantics, as Go maps alias (`set` mutates in place).
    case map(GoMap)
    /// Structs, pointers and other named Go types with fields and methods (Capabilities, time.Time, …).
    case object(GoObject)
}

extension Value {
    public static func list(_ elements: [Value], elementType: GoType = .interface) -> Value {
        .list(GoList(elements, elementType: elementType))
    }

    public static func map(_ entries: [String: Value], typeName: String = GoMap.defaultTypeName) -> Value {
        .map(GoMap(entries, typeName: typeName))
    }

    /// `[]string`, as Sprig's `splitList`, `keys`, `toStrings` return.
    public static func stringList(_ strings: [String]) -> Value {
        .list(GoList(strings.map { .string($0) }, elementType: .string))
    }

    /// Go's `reflect.ValueOf(x.Interface())` on an `interface{}`: a nil interface becomes the invalid value.
    /// The evaluator applies it after every pipeline command, as `exec.go` does.
    public var unwrappedInterface: Value {
        if case .null = self { return .invalid }
        return self
    }

    public var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }

    /// nil interface or invalid value.
    public var isNil: Bool {
        switch self {
        case .invalid, .null: return true
        default: return false
        }
    }

    /// A Go string's text; a `.rawString` reads as Go reads it rune by rune, each invalid byte a U+FFFD.
    public var stringValue: String? {
        switch self {
        case .string(let s): return s
        case .rawString(let bytes): return GoUTF8.lossyString(bytes)
        default: return nil
        }
    }

    public var mapValue: GoMap? {
        if case .map(let m) = self { return m }
        return nil
    }

    public var listValue: GoList? {
        if case .list(let l) = self { return l }
        return nil
    }
}
