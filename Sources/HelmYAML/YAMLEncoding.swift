import CYAML
import GoTemplate

/// YAML output as Helm's template functions produce it.
///
/// `toYaml` is sigs.k8s.io/yaml's `Marshal`: `json.Marshal` first (so the JSON rules apply: sorted
/// keys, NaN refused, `[]byte` as base64, every number as JSON writes it), then the JSON is read back by
/// go-yaml v2 (integers become ints again, other numbers floats) and written by go-yaml v2's encoder:
/// block style, indent 2, sequences not indented under their key, lines folded at 80 columns, keys in
/// go-yaml's natural order, strings quoted only when they would read back as something else.
public enum YAMLEncoding {
    /// The raw bytes of `sigs.k8s.io/yaml.Marshal(v)`, ending in a newline. Throws
    /// `error marshaling into JSON: json: unsupported value: NaN` and the like.
    ///
    /// On top of this, Helm's `toYaml` trims one trailing newline and returns "" on error
    /// (`helmToYaml`), `mustToYaml` trims and fails on error (`helmMustToYaml`), and `toYamlPretty` uses
    /// go-yaml v3's encoder instead (`helmToYamlPretty`).
    public static func toYaml(_ v: Value) throws -> String {
        try DeepNesting.run { limit in
            let emitter = try LibYAMLEmitter()
            var writer = V2Writer(emitter: emitter, maxDepth: limit)
            do {
                try emitter.streamStart()
                try emitter.documentStart()
                try writer.write(v)
                try emitter.documentEnd()
                try emitter.streamEnd()
            } catch let error as YAMLError where error.message.hasPrefix("json: ") {
                throw YAMLError("error marshaling into JSON: " + error.message)
            }
            let text = String(decoding: emitter.output, as: UTF8.self)
            return writer.endsWithUnicodeBreak ? dropIndentBeforeClosingQuote(text) : text
        }
    }

    /// libyaml indents before the closing quote of a single-quoted scalar that ends in a line break
    /// character (U+0085, U+2028, U+2029); go-yaml's port does not. Undo those spaces.
    static func dropIndentBeforeClosingQuote(_ text: String) -> String {
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

    /// Exactly what `{{ toYaml x }}` prints: one trailing newline trimmed, "" when encoding fails.
    public static func helmToYaml(_ v: Value) -> String {
        guard let text = try? toYaml(v) else { return "" }
        return trimOneNewline(text)
    }

    /// Helm's `mustToYaml`: like `toYaml`, but the error is reported (Helm panics with it).
    public static func helmMustToYaml(_ v: Value) throws -> String {
        trimOneNewline(try toYaml(v))
    }

    /// Helm's `toYamlPretty`: go-yaml v3's encoder with indent 2 on the value itself (no JSON step):
    /// sequences indented under their key, floats in Go's `%g` form, YAML 1.1 booleans quoted.
    /// "" when encoding fails.
    public static func helmToYamlPretty(_ v: Value) -> String {
        guard let text = try? DeepNesting.run({ limit in try V3Encoder.encode(v, maxDepth: limit) }) else { return "" }
        return trimOneNewline(text)
    }

    static func trimOneNewline(_ s: String) -> String {
        var s = s
        if s.utf8.last == 0x0A { s.unicodeScalars.removeLast() }
        return s
    }

    /// go-yaml v2's `stringv` choice: literal for multi-line, plain when the text reads back as the
    /// same string, double-quoted otherwise. libyaml may still fall back (plain → single-quoted, …).
    static func v2Style(_ s: String) -> yaml_scalar_style_t {
        if s.utf8.contains(0x0A) { return YAML_LITERAL_SCALAR_STYLE }
        if YAMLScalarResolver.isPlainString(s) { return YAML_PLAIN_SCALAR_STYLE }
        return YAML_DOUBLE_QUOTED_SCALAR_STYLE
    }

    /// The YAML text of a JSON number after go-yaml v2 reads it back: integers that fit 64 bits stay as
    /// written (`-0` becomes `0`), anything else becomes a float in `%g` form (`1e+21`, `1e-07`).
    static func yamlNumber(fromJSON text: String) -> String {
        let bytes = Array(text.utf8)
        let isInteger = !bytes.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        if isInteger {
            if let i = GoNumberParsing.parseInt(bytes) { return String(i) }
            if let u = GoNumberParsing.parseUint(bytes) { return String(u) }
        }
        guard let f = GoNumberParsing.parseFloat(bytes) else { return text }
        return GoFloatFormat.g(f)
    }
}

/// Walks a value in json.Marshal's model and emits go-yaml v2's events.
private struct V2Writer {
    let emitter: LibYAMLEmitter
    let maxDepth: Int
    var depth = 0
    /// Some string ended in U+0085/U+2028/U+2029 (see `dropIndentBeforeClosingQuote`).
    var endsWithUnicodeBreak = false

    mutating func write(_ v: Value) throws {
        switch v {
        case .rawString(let bytes):
            // Helm's toYaml goes through encoding/json, which reads each invalid byte as U+FFFD.
            try write(.string(GoTemplate.GoUTF8.lossyString(bytes)))
        case .invalid, .null:
            try emitter.scalar("null", style: YAML_PLAIN_SCALAR_STYLE)
        case .bool(let b):
            try emitter.scalar(b ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE)
        case .int(let i):
            try emitter.scalar(String(i), style: YAML_PLAIN_SCALAR_STYLE)
        case .int64(let i):
            try emitter.scalar(String(i), style: YAML_PLAIN_SCALAR_STYLE)
        case .uint8(let u):
            try emitter.scalar(String(u), style: YAML_PLAIN_SCALAR_STYLE)
        case .float64(let f):
            // Integral values print as integers on both legs (JSON's 'f' form, then a YAML int; -0 → 0).
            if f.rounded(.towardZero) == f && Swift.abs(f) < 9.0e18 {
                try emitter.scalar(String(Int64(f)), style: YAML_PLAIN_SCALAR_STYLE)
                return
            }
            guard let json = GoFloatFormat.json(f) else {
                throw YAMLError("json: unsupported value: " + GoFloatFormat.g(f))
            }
            try emitter.scalar(YAMLEncoding.yamlNumber(fromJSON: json), style: YAML_PLAIN_SCALAR_STYLE)
        case .string(let s):
            try string(s)
        case .bytes(let bytes):
            try string(Base64.encodeStd(bytes))
        case .list(let list):
            if list.elementType == .uint8 {
                try string(Base64.encodeStd(list.elements.map { element -> UInt8 in
                    if case .uint8(let b) = element { return b }
                    return 0
                }))
                return
            }
            try nest()
            defer { depth -= 1 }
            try emitter.sequenceStart()
            for element in list.elements { try write(element) }
            try emitter.sequenceEnd()
        case .map(let map):
            try nest()
            defer { depth -= 1 }
            try emitter.mappingStart()
            for key in GoYAMLKeyOrder.sorted(Array(map.entries.keys)) {
                try string(key)
                try write(map.entries[key] ?? .null)
            }
            try emitter.mappingEnd()
        case .object(let object):
            if let marshalable = object as? GoMarshalable {
                try write(try marshalable.marshalValue())
            } else {
                try emitter.mappingStart()
                try emitter.mappingEnd()
            }
        }
    }

    private mutating func nest() throws {
        depth += 1
        if depth > maxDepth {
            if maxDepth < DeepNesting.goLimit { throw DeepNesting.TooDeep() }
            throw YAMLError("json: unsupported value: encountered a cycle via map[string]interface {}")
        }
    }

    private mutating func string(_ s: String) throws {
        if let last = s.unicodeScalars.last, last.value == 0x85 || last.value == 0x2028 || last.value == 0x2029 {
            endsWithUnicodeBreak = true
        }
        try emitter.scalar(s, style: YAMLEncoding.v2Style(s))
    }
}
