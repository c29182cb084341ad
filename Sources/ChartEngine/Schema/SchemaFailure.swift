import GoTemplate

/// jsonschema v6's `ValidationError` tree as far as Helm prints it: where in the values, what failed,
/// and the failures beneath. A `$ref`-like keyword failing for exactly one reason is not printed
/// itself; its one cause takes its place.
struct SchemaFailure {
    enum Kind {
        case plain
        /// Several failures of one schema: "validation failed".
        case group
        /// `$ref`, `$dynamicRef`, `$recursiveRef`: "validation failed", skipped with one cause.
        case reference
    }

    var location: [String]
    var message: String
    var kind: Kind = .plain
    var causes: [SchemaFailure] = []

    var pointer: String {
        location.map { "/" + SchemaURL.escapeToken($0) }.joined()
    }

    /// The display tree (`ValidationError.display`), references with one cause replaced by it.
    var displayed: [SchemaError] {
        let children = causes.flatMap(\.displayed)
        if kind == .reference && causes.count == 1 { return children }
        return [SchemaError(location: pointer, message: message, causes: children)]
    }

    /// Go's `%q` turned into jsonschema's single-quoted form: `'it\'s'`.
    static func quote(_ s: String) -> String {
        let double = GoFormat.quote(s)
        let inner = double.dropFirst().dropLast()
        var out = "'"
        var it = inner.makeIterator()
        while let c = it.next() {
            if c == "\\" {
                guard let next = it.next() else { out.append(c); break }
                if next == "\"" { out.append("\"") } else { out.append(c); out.append(next) }
            } else if c == "'" {
                out += "\\'"
            } else {
                out.append(c)
            }
        }
        return out + "'"
    }

    /// jsonschema's `display` of a primitive: strings quoted, numbers as written, null as Go's `<nil>`.
    static func display(_ value: SchemaJSON) -> String {
        switch value {
        case .string(let s): return quote(s)
        case .array, .object: return "value"
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d, let literal): return literal ?? GoFormat.printValue(.float64(d))
        }
    }
}
