import GoTemplate

/// Go's `%#v` of a decoded YAML node, for the few error messages that print one
/// (`invalid map key: []interface {}{1, 2}`, `unsupported map key ... value: "x"`).
enum GoSyntax {
    static func format(_ document: YAMLDocument, _ node: Int, depth: Int = 0) -> String {
        // Aliases can nest; a bound keeps a pathological document from recursing forever.
        guard depth < 64 else { return "..." }
        let n = document.nodes[node]
        switch n.kind {
        case .alias:
            guard n.target >= 0 else { return "<nil>" }
            return format(document, n.target, depth: depth + 1)
        case .scalar:
            let value = document.value(node)
            let scalar: ResolvedScalar
            if n.tag == 0 && !n.implicit {
                scalar = .string(value)
            } else {
                scalar = (try? YAMLScalarResolver.resolve(tag: document.tag(node), value: value)) ?? .string(value)
            }
            return format(scalar)
        case .sequence:
            let items = document.children(node).map { format(document, $0, depth: depth + 1) }
            return "[]interface {}{" + items.joined(separator: ", ") + "}"
        case .mapping:
            let children = document.children(node)
            var pairs = [(String, String)]()
            var i = 0
            while i + 1 < children.count {
                pairs.append((format(document, children[i], depth: depth + 1), format(document, children[i + 1], depth: depth + 1)))
                i += 2
            }
            pairs.sort { $0.0 < $1.0 }
            return "map[interface {}]interface {}{" + pairs.map { $0.0 + ":" + $0.1 }.joined(separator: ", ") + "}"
        }
    }

    static func format(_ scalar: ResolvedScalar) -> String {
        switch scalar {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return "0x" + String(u, radix: 16)
        case .float(let f): return GoFloatFormat.g(f)
        case .string(let s), .timestamp(let s): return quote(s)
        case .binary(let bytes): return quote(GoUTF8.lossyString(bytes))
        case .merge: return quote("<<")
        }
    }

    /// `strconv.Quote` for the common cases.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{0B}": out += "\\v"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex2(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex2(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return s.count < 2 ? "0" + s : s
    }
}
