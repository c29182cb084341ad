import GoTemplate

/// Sprig's reflection helpers: Go type and kind names, and `reflect.DeepEqual`.
enum ReflectionFunctions {
    static func register(into r: inout FunctionRegistry) {
        r.register("typeOf", [.interface]) { _, a in .string(a[0].goTypeName) }
        r.register("typeIs", [.string, .interface]) { _, a in .bool(a[0].stringValue == a[1].goTypeName) }
        r.register("typeIsLike", [.string, .interface]) { _, a in
            let t = a[1].goTypeName
            let target = a[0].stringValue ?? ""
            return .bool(target == t || "*" + target == t)
        }
        r.register("kindOf", [.interface]) { _, a in .string(a[0].goKindName) }
        r.register("kindIs", [.string, .interface]) { _, a in .bool(a[0].stringValue == a[1].goKindName) }
        r.register("deepEqual", [.interface, .interface]) { _, a in .bool(GoDeepEqual.equal(a[0], a[1])) }
    }
}
