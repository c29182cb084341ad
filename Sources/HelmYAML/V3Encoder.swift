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
        case .bytes(let bytes): return try formatValue(GoUTF8.lossyString(bytes), indent: indent, inSequence: inSequence)
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
        var text = String(decoding: emitter.output, as: UTF8.self)
        text = String(text.dropFirst(inSequence ? 2 : 3))
        // Only a single-quoted scalar ends in indentation go-yaml does not write (see
        // `dropIndentBeforeClosingQuote`); literal blocks keep the indentation after a break character.
        let singleQuoted = text.hasPrefix("'")
        if singleQuoted { text = dropIndentBeforeClosingQuote(text) }
        if text.hasSuffix("\n") { text.unicodeScalars.removeLast() }
        guard indent > 0 else { return text }
        return reindented(text, by: indent, singleQuoted: singleQuoted)
    }

    /// libyaml indents before the closing quote of a single-quoted scalar that ends in a line break
    /// character (U+0085, U+2028, U+2029); go-yaml's port does not. Undo those spaces.
    private static func dropIndentBeforeClosingQuote(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i].value
            if c == 0x85 || c == 0x2028 || c == 0x2029 {
                var j = i + 1
                while j < scalars.count && scalars[j] == " " { j += 1 }
                if j > i + 1, j < scalars.count, scalars[j] == "'", j + 1 == scalars.count || scalars[j + 1] == "\n" {
                    scalars.removeSubrange((i + 1)..<j)
                }
            }
            i += 1
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// Shifts a scalar laid out at indentation 0 right by `indent`: the emitter indents after every
    /// line break character (`\n`, `\r`, U+0085, U+2028, U+2029) that content follows, so the extra
    /// spaces go there too; not before a single-quoted scalar's closing quote.
    private static func reindented(_ text: String, by indent: Int, singleQuoted: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in scalars.enumerated() {
            out.append(c)
            guard isBreak(c), i + 1 < scalars.count, !isBreak(scalars[i + 1]) else { continue }
            if singleQuoted && i + 2 == scalars.count && scalars[i + 1] == "'" { continue }
            out.append(contentsOf: repeatElement(" ", count: indent))
        }
        return String(out)
    }

    private static func isBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
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
