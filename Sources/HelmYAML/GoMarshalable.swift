import GoTemplate

/// Lets a `.object` value (a Go struct, `time.Time`, …) say what encoding/json would see: the value to
/// encode in its place (`time.Time` → its RFC 3339 string, a struct → a map of its JSON fields).
/// Objects that do not conform encode as `{}`, as a struct without exported fields does.
public protocol GoMarshalable: AnyObject {
    func marshalValue() throws -> Value
}
