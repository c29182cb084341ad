/// A Go struct, pointer or other named type that templates reach through fields and methods:
/// `.Capabilities.KubeVersion.Version`, `.Capabilities.APIVersions.Has "v1"`, a `time.Time`, a semver.
///
/// Go resolves `.Name` on such a value as a method first, then as a field; neither is
/// "can't evaluate field Name in type T". The evaluator follows that order through this protocol.
public protocol GoObject: AnyObject {
    /// `reflect.Type.String()`: `*common.Capabilities`, `common.KubeVersion`, `time.Time`.
    var goTypeName: String { get }
    /// `reflect.Kind` name: `struct`, `ptr`, …
    var goKindName: String { get }
    /// A method of the type, bound to this receiver; nil when there is none.
    func method(named name: String) -> GoFunction?
    /// An exported field; nil when there is none.
    func field(named name: String) -> Value?
    /// How fmt prints the value with `%v` (`plus` for `%+v`). Types with a `String()` method print that.
    func format(plus: Bool) -> String
}

/// Methods of a named map type (`common.Values`, `engine.files`), each bound to the map it is called on.
public typealias GoMethodTable = [String: (GoMap) -> GoFunction]
