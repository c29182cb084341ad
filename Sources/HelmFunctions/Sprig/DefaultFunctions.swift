import GoTemplate

/// Sprig's defaults and flow control: `default`, `empty`, `coalesce`, `all`, `any`, `ternary`, `fail`.
enum DefaultFunctions {
    static func register(into r: inout FunctionRegistry) {
        // `default DEFAULT GIVEN`: GIVEN is variadic so a missing value can be piped in.
        r.register("default", [.interface], variadic: .interface) { _, a in
            guard a.count > 1, !SprigCast.isEmpty(a[1]) else { return a[0] }
            return a[1]
        }
        r.register("empty", [.interface]) { _, a in .bool(SprigCast.isEmpty(a[0])) }
        r.register("coalesce", [], variadic: .interface) { _, a in
            a.first { !SprigCast.isEmpty($0) } ?? .null
        }
        r.register("all", [], variadic: .interface) { _, a in .bool(a.allSatisfy { !SprigCast.isEmpty($0) }) }
        r.register("any", [], variadic: .interface) { _, a in .bool(a.contains { !SprigCast.isEmpty($0) }) }
        r.register("ternary", [.interface, .interface, .bool]) { _, a in
            if case .bool(true) = a[2] { return a[0] }
            return a[1]
        }
        r.register("fail", [.string]) { _, a in throw FunctionError(a[0].stringValue ?? "") }
    }
}
