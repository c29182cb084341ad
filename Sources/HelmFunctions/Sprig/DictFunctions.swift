import GoTemplate

/// Sprig's dictionary functions over `map[string]interface{}`. `set`, `unset` and the merges change the
/// map they are given and return it, so templates can rely on aliasing (`$_ := set $d "k" 1`).
enum DictFunctions {
    private static let map = GoType.interfaceMap

    static func register(into r: inout FunctionRegistry) {
        r.register("dict", [], variadic: .interface) { _, a in
            let d = GoMap()
            var i = 0
            while i < a.count {
                let key = a[i].isNil ? "<nil>" : SprigCast.strval(a[i])
                d.entries[key] = i + 1 < a.count ? a[i + 1] : .string("")
                i += 2
            }
            return .map(d)
        }
        r.register("get", [map, .string]) { _, a in
            guard let d = a[0].mapValue else { return .string("") }
            return d.entries[a[1].stringValue ?? ""] ?? .string("")
        }
        r.register("set", [map, .string, .interface]) { _, a in
            guard let d = a[0].mapValue else { return a[0] }
            d.entries[a[1].stringValue ?? ""] = a[2]
            return .map(d)
        }
        r.register("unset", [map, .string]) { _, a in
            guard let d = a[0].mapValue else { return a[0] }
            d.entries[a[1].stringValue ?? ""] = nil
            return .map(d)
        }
        r.register("hasKey", [map, .string]) { _, a in
            .bool(a[0].mapValue?.entries[a[1].stringValue ?? ""] != nil)
        }
        r.register("pluck", [.string], variadic: map) { _, a in
            let key = a[0].stringValue ?? ""
            return .list(a.dropFirst().compactMap { $0.mapValue?.entries[key] })
        }
        // Go's map order is random; sorted order is one of the orders Helm can produce.
        r.register("keys", [], variadic: map) { _, a in
            .stringList(a.flatMap { $0.mapValue?.sortedKeys ?? [] })
        }
        r.register("values", [map]) { _, a in
            guard let d = a[0].mapValue else { return .list([]) }
            return .list(d.sortedKeys.compactMap { d.entries[$0] })
        }
        r.register("pick", [map], variadic: .string) { _, a in
            let result = GoMap()
            if let d = a[0].mapValue {
                for k in a.dropFirst().compactMap(\.stringValue) { if let v = d.entries[k] { result.entries[k] = v } }
            }
            return .map(result)
        }
        r.register("omit", [map], variadic: .string) { _, a in
            let omitted = Set(a.dropFirst().compactMap(\.stringValue))
            let result = GoMap()
            for (k, v) in a[0].mapValue?.entries ?? [:] where !omitted.contains(k) { result.entries[k] = v }
            return .map(result)
        }
        let merge: (Bool) -> (CallContext, [Value]) throws -> Value = { overwrite in
            { _, a in
                guard let dst = a[0].mapValue else { return a[0] }
                for src in a.dropFirst() {
                    if let s = src.mapValue { MergoMerge.merge(into: dst, from: s, overwrite: overwrite) }
                }
                return .map(dst)
            }
        }
        r.register("merge", [map], variadic: map, merge(false))
        r.register("mustMerge", [map], variadic: map, merge(false))
        r.register("mergeOverwrite", [map], variadic: map, merge(true))
        r.register("mustMergeOverwrite", [map], variadic: map, merge(true))
        let copy: (CallContext, [Value]) throws -> Value = { _, a in
            // copystructure reflects on its argument; a nil one makes reflect panic.
            if a[0].isNil { throw FunctionError("reflect: call of reflect.Value.Type on zero Value") }
            return deepCopy(a[0])
        }
        r.register("deepCopy", [.interface], copy)
        r.register("mustDeepCopy", [.interface], copy)
        r.register("dig", [], variadic: .interface) { _, a in try dig(a) }
    }

    /// mitchellh/copystructure's `Copy`: maps and slices duplicated all the way down.
    static func deepCopy(_ v: Value) -> Value {
        switch v {
        case .map(let m):
            let copy = GoMap([:], typeName: m.typeName, elementType: m.elementType, methods: m.methods)
            for (k, e) in m.entries { copy.entries[k] = deepCopy(e) }
            return .map(copy)
        case .list(let l):
            return .list(GoList(l.elements.map(deepCopy), elementType: l.elementType, isNil: l.isNil))
        default:
            return v
        }
    }

    /// Sprig's `dig KEY... DEFAULT DICT`. Its unchecked type assertions panic; the messages are Go's.
    static func dig(_ ps: [Value]) throws -> Value {
        guard ps.count >= 3 else { throw FunctionError("dig needs at least three arguments") }
        guard let last = ps.last else { return .null }
        var dict = try assertMap(last)
        let fallback = ps[ps.count - 2]
        var keys: [String] = []
        for p in ps[0..<(ps.count - 2)] {
            guard case .string(let k) = p else { throw conversionError(p, "string") }
            keys.append(k)
        }
        for (i, key) in keys.enumerated() {
            guard let step = dict.entries[key] else { return fallback }
            if i == keys.count - 1 { return step }
            dict = try assertMap(step)
        }
        return fallback
    }

    private static func assertMap(_ v: Value) throws -> GoMap {
        if case .map(let m) = v, m.typeName == GoMap.defaultTypeName { return m }
        throw conversionError(v, GoMap.defaultTypeName)
    }

    /// Go's failed type assertion: `interface conversion: interface {} is T, not U`.
    private static func conversionError(_ v: Value, _ wanted: String) -> FunctionError {
        let actual = v.isNil ? "nil" : v.goTypeName
        return FunctionError("interface conversion: interface {} is \(actual), not \(wanted)")
    }
}
