/// A Go struct (or pointer to struct) without a `String` method, which fmt prints field by field:
/// `{v1.35.0 1 35}`, `%+v` → `{Version:v1.35.0 Major:1 Minor:35}`,
/// `%#v` → `common.KubeVersion{Version:"v1.35.0", Major:"1", Minor:"35"}`; each field under the verb
/// (`%d` gives `{%!d(string=v1.35.0) …}`), widths applying per field.
///
/// Objects that do not adopt this protocol are treated as Go `Stringer`s: `GoObject.format(plus:)` is the
/// string every string verb (`%v %s %q %x %X`) formats.
public protocol GoStructFormattable: GoObject {
    /// All fields in declaration order, unexported ones included (fmt prints them too).
    var formatFields: [(name: String, value: Value)] { get }
    /// A pointer to the struct: printed `&{…}` at top level. `goTypeName` is then the pointer type
    /// (`*chart.Metadata`) and `%#v` prints `&chart.Metadata{…}`.
    var formatIsPointer: Bool { get }
    /// The type also has a `String` method: `%v %s %q %x %X` then format `format(plus:)`, and only the
    /// other verbs (and `%#v`) print the fields, as Go does for a `Stringer`.
    var formatIsStringer: Bool { get }
}

extension GoStructFormattable {
    public var formatIsPointer: Bool { false }
    public var formatIsStringer: Bool { false }
}

extension GoPrinter {
    /// Go's `printValue` for `reflect.Struct` (and a non-nil pointer to one at depth 0). `indirect` prints
    /// the struct a pointer points to, as text/template does with a pointer it prints.
    mutating func printStruct(_ object: GoStructFormattable, verb: UInt32, depth: Int, indirect: Bool = false) {
        var typeName = object.goTypeName
        if object.formatIsPointer {
            if typeName.hasPrefix("*") { typeName.removeFirst() }
            if !indirect {
                if depth > 0 {
                    // Go prints nested pointers as addresses; there is no stable one here.
                    fmtS("0xc000010000")
                    return
                }
                buf.append(UInt8(ascii: "&"))
            }
        }
        if flags.sharpV { buf.append(contentsOf: typeName.utf8) }
        buf.append(UInt8(ascii: "{"))
        for (i, field) in object.formatFields.enumerated() {
            if i > 0 {
                if flags.sharpV {
                    buf.append(contentsOf: ", ".utf8)
                } else {
                    buf.append(UInt8(ascii: " "))
                }
            }
            if flags.plusV || flags.sharpV {
                buf.append(contentsOf: field.name.utf8)
                buf.append(UInt8(ascii: ":"))
            }
            printValue(field.value, verb: verb, depth: depth + 1)
        }
        buf.append(UInt8(ascii: "}"))
    }
}
