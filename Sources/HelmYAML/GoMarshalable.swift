import GoTemplate

/// Lets a `.object` value (a Go struct, `time.Time`, …) say what encoding/json would see: the value to
/// encode in its place (`time.Time` → its RFC 3339 string, a struct → a map of its JSON fields).
/// Objects that do not conform encode as `{}`, as a struct without exported fields does.
public protocol GoMarshalable: AnyObject {
    func marshalValue() throws -> Value
}

/// A Go struct as encoding/json writes it: its JSON fields (names after `json` tags) in declaration order,
/// the order encoding/json keeps for structs (a map's keys are sorted instead). YAML, which Helm reaches
/// through JSON, sees the same fields as a map.
public protocol GoJSONStruct: GoMarshalable {
    var jsonFields: [(name: String, value: Value)] { get }
}

extension GoJSONStruct {
    public func marshalValue() throws -> Value {
        .map(Dictionary(jsonFields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }))
    }
}
