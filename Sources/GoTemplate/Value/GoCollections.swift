/// A Go slice. Elements are stored as `Value`s; `elementType` only decides how the type prints
/// (`[]interface {}` vs `[]string`) and which Go conversions apply.
public struct GoList {
    public var elements: [Value]
    public var elementType: GoType
    /// A nil slice (Go's zero value, as `regexFindAll` with no match returns): it prints `[]` like an
    /// empty one, but encoding/json writes it as `null` and `%#v` as `[]T(nil)`.
    public var isNil: Bool

    public init(_ elements: [Value], elementType: GoType = .interface, isNil: Bool = false) {
        self.elements = elements
        self.elementType = elementType
        self.isNil = isNil && elements.isEmpty
    }

    public var count: Int { elements.count }
}

/// A Go map with string keys. A class because Go maps are references: Sprig's `set` and `unset` change
/// the map every holder sees, and templates rely on that (`$_ := set $d "k" 1`).
///
/// Iteration order is never observable in Go templates (range, fmt and encoders sort keys), so a
/// `Dictionary` is enough; `sortedKeys` gives Go's order.
public final class GoMap {
    public static let defaultTypeName = "map[string]interface {}"

    public var entries: [String: Value]
    /// Go's type name: `map[string]interface {}`, `common.Values`, `map[string]string`, `engine.files`.
    public var typeName: String
    /// Element type, for typed maps such as `map[string]string`.
    public var elementType: GoType
    /// Methods of the named map type (`common.Values.AsMap`, `engine.files.Get`), if any.
    public var methods: GoMethodTable?

    public init(_ entries: [String: Value] = [:], typeName: String = GoMap.defaultTypeName,
                elementType: GoType = .interface, methods: GoMethodTable? = nil) {
        self.entries = entries
        self.typeName = typeName
        self.elementType = elementType
        self.methods = methods
    }

    public subscript(key: String) -> Value? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    public var count: Int { entries.count }

    /// Keys in Go's sorted order (byte-wise, as Go compares strings).
    public var sortedKeys: [String] {
        entries.keys.sorted(by: goStringLess)
    }

    /// A shallow copy: a new map object holding the same values.
    public func copy() -> GoMap {
        GoMap(entries, typeName: typeName, elementType: elementType, methods: methods)
    }
}

/// Go compares strings byte-wise (UTF-8), which is not Swift's `<` (Unicode scalar / grapheme order).
@inlinable
public func goStringLess(_ a: String, _ b: String) -> Bool {
    var ai = a.utf8.makeIterator()
    var bi = b.utf8.makeIterator()
    while true {
        switch (ai.next(), bi.next()) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?):
            if x != y { return x < y }
        }
    }
}
