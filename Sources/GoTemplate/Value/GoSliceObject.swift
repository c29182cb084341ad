/// A named Go slice type with methods, such as Helm's `common.VersionSet` (`[]string` with `Has`):
/// reflection sees a slice, so `len`, `index`, `range`, fmt, Sprig's list functions and the encoders
/// treat it as its elements, while `typeOf`, `%T` and `%#v` print the type's name and methods stay callable.
public protocol GoSliceObject: GoObject {
    /// The slice's elements; `elementType` is the Go element type (`string` for `common.VersionSet`).
    var sliceElements: GoList { get }
    /// A value of the same named type holding `elements` (Go's `s[i:j]` keeps the type).
    func withElements(_ elements: [Value]) -> GoSliceObject
}

extension Value {
    /// The elements of any Go slice other than `[]byte`: a `.list`, or a named slice object.
    public var sliceElements: GoList? {
        switch self {
        case .list(let list): return list
        case .object(let object): return (object as? GoSliceObject)?.sliceElements
        default: return nil
        }
    }
}
