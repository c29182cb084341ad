/// A struct whose `String` method has a pointer receiver, such as Helm's `common.KubeVersion`.
///
/// text/template prints a value through such a method only when the value is addressable: a field
/// reached through a pointer (`{{ .Capabilities.KubeVersion }}`), kept by a variable, `with` or a
/// parenthesized pipeline. Function arguments and results are copies: `print`, `printf "%v"`,
/// `quote` or `default` print the struct's fields instead (`{v1.35.0 v1.35.0 1 35}`).
public protocol GoPointerStringer: GoObject {
    /// What `String()` returns.
    var pointerString: String { get }
}
