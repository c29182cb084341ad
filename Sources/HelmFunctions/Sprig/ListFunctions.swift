import Foundation
import GoTemplate

/// Sprig's list functions. They accept any Go slice through reflection and return fresh
/// `[]interface {}` values, never altering their input. Each has a `must` twin; in Sprig the plain form
/// panics where the `must` form returns an error, and text/template reports both the same way.
enum ListFunctions {
    static func register(into r: inout FunctionRegistry) {
        let listBody: (CallContext, [Value]) throws -> Value = { _, a in .list(a) }
        r.register("list", [], variadic: .interface, listBody)
        r.register("tuple", [], variadic: .interface, listBody)

        both(&r, "push", also: "append", [.interface, .interface]) { a in
            .list(try elements(a[0], "Cannot push on type") + [a[1]])
        }
        both(&r, "prepend", [.interface, .interface]) { a in
            .list([a[1]] + (try elements(a[0], "Cannot prepend on type")))
        }
        both(&r, "first", [.interface]) { a in try elements(a[0], "Cannot find first on type").first ?? .null }
        both(&r, "last", [.interface]) { a in try elements(a[0], "Cannot find last on type").last ?? .null }
        both(&r, "rest", [.interface]) { a in .list(Array(try elements(a[0], "Cannot find rest on type").dropFirst())) }
        both(&r, "initial", [.interface]) { a in
            .list(Array(try elements(a[0], "Cannot find initial on type").dropLast()))
        }
        both(&r, "reverse", [.interface]) { a in .list(Array(try elements(a[0], "Cannot find reverse on type").reversed())) }
        both(&r, "compact", [.interface]) { a in
            .list(try elements(a[0], "Cannot compact on type").filter { !SprigCast.isEmpty($0) })
        }
        both(&r, "uniq", [.interface]) { a in
            var unique: [Value] = []
            for item in try elements(a[0], "Cannot find uniq on type") where !contains(unique, item) {
                unique.append(item)
            }
            return .list(unique)
        }
        both(&r, "without", [.interface], variadic: .interface) { a in
            let omit = Array(a.dropFirst())
            return .list(try elements(a[0], "Cannot find without on type").filter { !contains(omit, $0) })
        }
        both(&r, "has", [.interface, .interface]) { a in
            if a[1].isNil { return .bool(false) }
            return .bool(contains(try elements(a[1], "Cannot find has on type"), a[0]))
        }
        both(&r, "slice", [.interface], variadic: .interface) { a in try slice(a[0], Array(a.dropFirst())) }
        both(&r, "chunk", [.int, .interface]) { a in try chunk(NumericFunctions.intArgument(a[0]), a[1]) }
        r.register("concat", [], variadic: .interface) { _, a in
            var all: [Value] = []
            for list in a {
                switch list {
                case .list, .bytes, .object(is GoSliceObject): all += try elements(list, "")
                case .invalid, .null: throw nilDereference
                default: throw FunctionError("Cannot concat type \(list.goKindName) as list")
                }
            }
            // Sprig appends to a nil slice: with nothing to append the result stays nil.
            return .list(GoList(all, isNil: all.isEmpty))
        }
    }

    /// Registers `name` and `mustName` (and an alias) with one body.
    private static func both(_ r: inout FunctionRegistry, _ name: String, also alias: String? = nil,
                             _ params: [GoType], variadic: GoType? = nil,
                             _ body: @escaping ([Value]) throws -> Value) {
        let f: (CallContext, [Value]) throws -> Value = { _, a in try body(a) }
        let must = "must" + name.prefix(1).uppercased() + name.dropFirst()
        r.register(name, params, variadic: variadic, f)
        r.register(must, params, variadic: variadic, f)
        if let alias = alias {
            r.register(alias, params, variadic: variadic, f)
            r.register("must" + alias.prefix(1).uppercased() + alias.dropFirst(), params, variadic: variadic, f)
        }
    }

    /// `reflect.TypeOf(nil).Kind()` dereferences a nil type: Go's panic text, as text/template reports it.
    static let nilDereference = FunctionError("runtime error: invalid memory address or nil pointer dereference")

    /// The elements of any slice value; `message` + kind for anything else, as Sprig words it.
    static func elements(_ v: Value, _ message: String) throws -> [Value] {
        switch v {
        case .list(let l): return l.elements
        case .object(let o as GoSliceObject): return o.sliceElements.elements
        case .bytes(let b): return b.map { .uint8($0) }
        case .invalid, .null: throw nilDereference
        default: throw FunctionError("\(message) \(v.goKindName)")
        }
    }

    static func contains(_ haystack: [Value], _ needle: Value) -> Bool {
        haystack.contains { GoDeepEqual.equal(needle, $0) }
    }

    /// Sprig's `slice`: Go's `list[start:end]` keeping the slice's type; empty input gives nil.
    static func slice(_ list: Value, _ indices: [Value]) throws -> Value {
        let items: [Value]
        switch list {
        case .list(let l): items = l.elements
        case .object(let o as GoSliceObject): items = o.sliceElements.elements
        case .bytes(let b): items = b.map { .uint8($0) }
        case .invalid, .null: throw nilDereference
        default: throw FunctionError("list should be type of slice or array but \(list.goKindName)")
        }
        if items.isEmpty { return .null }
        let start = indices.count > 0 ? SprigCast.toInt(indices[0]) : 0
        let end = indices.count > 1 ? SprigCast.toInt(indices[1]) : items.count
        guard start >= 0, end >= start, end <= items.count else {
            throw FunctionError("reflect.Value.Slice: slice index out of bounds")
        }
        switch list {
        case .bytes(let b): return .bytes(Array(b[start..<end]))
        case .list(let l): return .list(GoList(Array(l.elements[start..<end]), elementType: l.elementType))
        case .object(let o as GoSliceObject): return .object(o.withElements(Array(items[start..<end])))
        default: return .null
        }
    }

    /// Sprig's `chunk`: lists of `size` elements, the last one shorter. Sizes Go cannot allocate
    /// (zero or negative) hit Go's makeslice panic.
    static func chunk(_ size: Int, _ list: Value) throws -> Value {
        let items: [Value]
        switch list {
        case .list(let l): items = l.elements
        case .object(let o as GoSliceObject): items = o.sliceElements.elements
        case .bytes(let b): items = b.map { .uint8($0) }
        case .invalid, .null: throw nilDereference
        default: throw FunctionError("Cannot chunk type \(list.goKindName)")
        }
        // Go: cs := int(math.Floor(float64(l-1)/float64(size)) + 1), then make([][]interface{}, cs).
        let count = Foundation.floor(Double(items.count - 1) / Double(size)) + 1
        guard count.isFinite, count >= 0, count < Double(Int32.max) else {
            throw FunctionError("runtime error: makeslice: len out of range")
        }
        let chunkCount = Int(count)
        var chunks: [Value] = []
        for i in 0..<chunkCount {
            var length = size
            if i == chunkCount - 1 {
                length = Int(Foundation.floor(fmod(Double(items.count), Double(size))))
                if length == 0 { length = size }
            }
            guard length >= 0 else { throw FunctionError("runtime error: makeslice: len out of range") }
            var piece: [Value] = []
            for j in 0..<length {
                let index = i &* size &+ j
                guard index >= 0, index < items.count else { throw FunctionError("reflect: slice index out of range") }
                piece.append(items[index])
            }
            chunks.append(.list(piece))
        }
        return .list(GoList(chunks, elementType: .interfaceSlice))
    }
}
