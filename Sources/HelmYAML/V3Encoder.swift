import CYAML
import GoTemplate

/// go-yaml v3's encoder as Helm's `toYamlPretty` runs it (`SetIndent(2)`, on the value itself, no JSON
/// step). Its layout differs from v2's: sequences are indented under their key, lines are never folded,
/// floats print in `%g` form (`1e+06`), and keys follow v3's natural order.
///
/// The block structure is laid out here; each scalar is formatted by libyaml in an equivalent context
/// (a one-entry mapping or sequence), so quoting and literal blocks follow the emitter's own rules.
enum V3Encoder {
    static func encode(_ v: Value, maxDepth: Int = DeepNesting.goLimit) throws -> String {
        var out = ""
        try write(v, indent: 0, inline: false, depth: 0, maxDepth: maxDepth, into: &out)
        return out
    }

    private static func isEmptyCollection(_ v: Value) -> Bool {
        switch v {
        case .map(let m): return m.entries.isEmpty
        case .list(let l): return l.elements.isEmpty
        case .object(let o): return !(o is GoMarshalable)
        default: return true
        }
    }

    /// Writes `v` as a block node at `indent`. With `inline`, the first line continues the current
    /// line (after `- `).
    private static func write(_ v: Value, indent: Int, inline: Bool, depth: Int, maxDepth: Int, into out: inout String) throws {
        if depth > maxDepth {
            if maxDepth < DeepNesting.goLimit { throw DeepNesting.TooDeep() }
            throw YAMLError("yaml: value nested too deeply")
        }
        let pad = String(repeating: " ", count: indent)
        switch v {
        case .object(let object) where object is GoMarshalable:
            if let m = object as? GoMarshalable { try write(try m.marshalValue(), indent: indent, inline: inline, depth: depth + 1, maxDepth: maxDepth, into: &out) }
        case .map(let map) where !map.entries.isEmpty:
            var first = true
            for key in GoYAMLKeyOrder.sorted(Array(map.entries.keys), v3: true) {
                let value = map.entries[key] ?? .null
                if !(first && inline) { out += pad }
                first = false
                out += try formatKey(key) + ":"
                switch value {
                case .map, .list, .object:
                    if isEmptyCollection(value) {
                        out += " " + (try scalarText(value, indent: indent)) + "\n"
                    } else if case .map = value {
                        out += "\n"
                        try write(value, indent: indent + 2, inline: false, depth: depth + 1, maxDepth: maxDepth, into: &out)
                    } else {
                        out += "\n"
                        try write(value, indent: indent + 2, inline: false, depth: depth + 1, maxDepth: maxDepth, into: &out)
                    }
                default:
                    out += " " + (try scalarText(value, indent: indent)) + "\n"
                }
            }
        case .list(let list) where !list.elements.isEmpty:
            var first = true
            for element in list.elements {
                if !(first && inline) { out += pad }
                first = false
                out += "-"
                if isEmptyCollection(element) {
                    out += " " + (try scalarText(element, indent: indent, inSequence: true)) + "\n"
                } else {
                    out += " "
                    try write(element, indent: indent + 2, inline: true, depth: depth + 1, maxDepth: maxDepth, into: &out)
                }
            }
        default:
            if !inline { out += pad }
            out += try scalarText(v, indent: indent, inSequence: inline) + "\n"
        }
    }

    private static func scalarText(_ v: Value, indent: Int, inSequence: Bool = false) throws -> String {
        switch v {
        case .invalid, .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .uint8(let u): return String(u)
        case .float64(let f):
            switch GoFloatFormat.g(f) {
            case "+Inf": return ".inf"
            case "-Inf": return "-.inf"
            case "NaN": return ".nan"
            case let s: return s
            }
        case .map: return "{}"
        case .list: return "[]"
        case .object: return "{}"
        case .bytes(let bytes): return try formatValue(GoUTF8.string(bytes), indent: indent, inSequence: inSequence)
        case .string(let s): return try formatValue(s, indent: indent, inSequence: inSequence)
        case .rawString(let bytes): return binaryText(bytes, indent: indent + 2)
        }
    }

    /// go-yaml v3 writes a string that is not UTF-8 as `!!binary` base64, in lines of 70 characters
    /// (a literal block) when it is longer than one line.
    private static func binaryText(_ bytes: [UInt8], indent: Int) -> String {
        let encoded = Array(Base64.encodeStd(bytes).utf8)
        let lineLength = 70
        if encoded.count <= lineLength { return "!!binary " + String(decoding: encoded, as: UTF8.self) }
        let pad = String(repeating: " ", count: indent)
        var text = "!!binary |"
        var start = 0
        while start < encoded.count {
            let end = min(start + lineLength, encoded.count)
            text += "\n" + pad + String(decoding: encoded[start..<end], as: UTF8.self)
            start = end
        }
        return text
    }

    private static func style(_ s: String) -> yaml_scalar_style_t {
        if s.utf8.contains(0x0A) { return YAML_LITERAL_SCALAR_STYLE }
        return YAMLScalarResolver.isPlainString(s) ? YAML_PLAIN_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE
    }

    /// A string value as libyaml lays it out after `k: ` (or `- `), continuation lines re-indented.
    private static func formatValue(_ s: String, indent: Int, inSequence: Bool) throws -> String {
        let emitter = try LibYAMLEmitter(indent: 2, width: -1)
        try emitter.streamStart()
        try emitter.documentStart()
        if inSequence {
            try emitter.sequenceStart()
        } else {
            try emitter.mappingStart()
            try emitter.scalar("k", style: YAML_PLAIN_SCALAR_STYLE)
        }
        try emitter.scalar(s, style: style(s))
        if inSequence { try emitter.sequenceEnd() } else { try emitter.mappingEnd() }
        try emitter.documentEnd()
        try emitter.streamEnd()
        var text = YAMLEncoding.dropIndentBeforeClosingQuote(String(decoding: emitter.output, as: UTF8.self))
        text = String(text.dropFirst(inSequence ? 2 : 3))
        if text.hasSuffix("\n") { text.unicodeScalars.removeLast() }
        guard indent > 0 else { return text }
        let pad = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
            i == 0 || line.isEmpty ? String(line) : pad + line
        }.joined(separator: "\n")
    }

    /// A mapping key as libyaml writes it in simple-key position.
    private static func formatKey(_ key: String) throws -> String {
        let emitter = try LibYAMLEmitter(indent: 2, width: -1)
        try emitter.streamStart()
        try emitter.documentStart()
        try emitter.mappingStart()
        try emitter.scalar(key, style: style(key))
        try emitter.scalar("v", style: YAML_PLAIN_SCALAR_STYLE)
        try emitter.mappingEnd()
        try emitter.documentEnd()
        try emitter.streamEnd()
        let text = String(decoding: emitter.output, as: UTF8.self)
        guard text.hasSuffix(": v\n") else { return text }
        return String(text.dropLast(4))
    }
}
