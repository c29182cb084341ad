/// Go's `len`, `index` and `slice` builtins (funcs.go), with their exact error texts.
enum Builtins {
    /// Go's indirectInterface: a nil interface becomes the invalid value.
    static func indirectInterface(_ v: Value) -> Value {
        if case .null = v { return .invalid }
        return v
    }

    /// The type name after Go's `indirect`, which follows pointers (`*common.Capabilities` → `common.Capabilities`).
    static func indirectTypeName(_ v: Value) -> String {
        let name = v.goTypeName
        if case .object(let o) = v, o.goKindName == "ptr", name.hasPrefix("*") { return String(name.dropFirst()) }
        return name
    }

    static func length(_ item: Value) throws -> Value {
        switch item {
        case .null: throw FunctionError("len of nil pointer")
        case .invalid: throw FunctionError("reflect: call of reflect.Value.Type on zero Value")
        case .string(let s): return .int(s.utf8.count)
        case .rawString(let b): return .int(b.count)
        case .bytes(let b): return .int(b.count)
        case .list(let l): return .int(l.count)
        case .map(let m): return .int(m.count)
        case .object(let o as GoSliceObject): return .int(o.sliceElements.count)
        default: throw FunctionError("len of type \(indirectTypeName(item))")
        }
    }

    /// indexArg: an integer index within 0...cap.
    static func indexArgument(_ index: Value, cap: Int) throws -> Int {
        let x: Int64
        switch index {
        case .int(let i): x = Int64(i)
        case .int64(let i): x = i
        case .uint8(let u): x = Int64(u)
        case .invalid, .null: throw FunctionError("cannot index slice/array with nil")
        default: throw FunctionError("cannot index slice/array with type \(index.goTypeName)")
        }
        if x < 0 || x > Int64(cap) {
            throw FunctionError("index out of range: \(x)")
        }
        return Int(x)
    }

    static func index(_ item: Value, _ indexes: [Value]) throws -> Value {
        var item = indirectInterface(item)
        if case .invalid = item { throw FunctionError("index of untyped nil") }
        for rawIndex in indexes {
            let index = indirectInterface(rawIndex)
            switch item {
            case .null:
                throw FunctionError("index of nil pointer")
            case .list(let l):
                let x = try indexArgument(index, cap: l.count)
                // Go 1.25 lets index == len through to reflect, which panics with this text.
                if x == l.count { throw FunctionError("reflect: slice index out of range") }
                item = l.elements[x]
            case .object(let o as GoSliceObject):
                let elements = o.sliceElements.elements
                let x = try indexArgument(index, cap: elements.count)
                if x == elements.count { throw FunctionError("reflect: slice index out of range") }
                item = elements[x]
            case .bytes(let b):
                let x = try indexArgument(index, cap: b.count)
                if x == b.count { throw FunctionError("reflect: slice index out of range") }
                item = .uint8(b[x])
            case .string, .rawString:
                let utf8 = item.goStringBytes ?? []
                let x = try indexArgument(index, cap: utf8.count)
                if x == utf8.count { throw FunctionError("reflect: string index out of range") }
                item = .uint8(utf8[x])
            case .map(let m):
                let keyType = "string"
                let key: String
                switch index {
                case .string(let s): key = s
                case .invalid: throw FunctionError("value is nil; should be of type \(keyType)")
                default: throw FunctionError("value has type \(index.goTypeName); should be \(keyType)")
                }
                item = m.entries[key] ?? MapZero.zeroValue(of: m.elementType)
            default:
                throw FunctionError("can't index item of type \(indirectTypeName(item))")
            }
        }
        return item
    }

    static func slice(_ item: Value, _ indexes: [Value]) throws -> Value {
        let item = indirectInterface(item)
        if case .invalid = item { throw FunctionError("slice of untyped nil") }
        if indexes.count > 3 { throw FunctionError("too many slice indexes: \(indexes.count)") }
        let length: Int
        switch item {
        case .string, .rawString:
            if indexes.count == 3 { throw FunctionError("cannot 3-index slice a string") }
            length = item.goStringBytes?.count ?? 0
        case .list(let l): length = l.count
        case .object(let o as GoSliceObject): length = o.sliceElements.count
        case .bytes(let b): length = b.count
        default: throw FunctionError("can't slice item of type \(indirectTypeName(item))")
        }
        // Slices here have cap == len.
        var idx = [0, length, length]
        for (i, index) in indexes.enumerated() {
            idx[i] = try indexArgument(indirectInterface(index), cap: length)
        }
        if idx[0] > idx[1] { throw FunctionError("invalid slice index: \(idx[0]) > \(idx[1])") }
        if indexes.count == 3 && idx[1] > idx[2] {
            throw FunctionError("invalid slice index: \(idx[1]) > \(idx[2])")
        }
        switch item {
        case .string, .rawString:
            // Go slices strings by byte: the result may cut a character.
            let utf8 = item.goStringBytes ?? []
            return Value.goString(utf8[idx[0]..<idx[1]])
        case .list(let l):
            return .list(GoList(Array(l.elements[idx[0]..<idx[1]]), elementType: l.elementType))
        case .object(let o as GoSliceObject):
            return .object(o.withElements(Array(o.sliceElements.elements[idx[0]..<idx[1]])))
        case .bytes(let b):
            return .bytes(Array(b[idx[0]..<idx[1]]))
        default:
            return item
        }
    }
}

/// Zero values of Go types (missing map keys under missingkey=zero, `index` of a missing key).
enum MapZero {
    static func zeroValue(of type: GoType) -> Value {
        switch type {
        case .interface, .reflectValue, .named: return .null
        case .bool: return .bool(false)
        case .int: return .int(0)
        case .int64: return .int64(0)
        case .uint8: return .uint8(0)
        case .float64: return .float64(0)
        case .string: return .string("")
        case .slice(let e): return e == .uint8 ? .bytes([]) : .list(GoList([], elementType: e))
        case .stringMap(let e): return .map(GoMap([:], typeName: type.name, elementType: e))
        }
    }
}
