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
        String(decoding: try marshal(v), as: UTF8.self)
    }

    /// `toYaml`'s bytes, from libyaml's emitter. Values are written as go-yaml would write them after
    /// sigs.k8s.io/yaml's JSON round trip; only when a string holds a character that round trip
    /// changes (see `V2Writer.scan`) is the JSON text really built and read back, as Helm does.
    static func marshal(_ v: Value) throws -> [UInt8] {
        try DeepNesting.run { limit in
            do {
                return try emit(v, maxDepth: limit, checkRoundTrip: true)
            } catch is JSONRoundTripNeeded {
                return try emit(try jsonRoundTrip(v, maxDepth: limit), maxDepth: limit, checkRoundTrip: false)
            }
        }
    }

    private static func emit(_ v: Value, maxDepth: Int, checkRoundTrip: Bool) throws -> [UInt8] {
        let (output, affected) = try emit(v, maxDepth: maxDepth, checkRoundTrip: checkRoundTrip, closingQuote: nil)
        // Rare: a string ending in a Unicode line break. Emit again with markers to place go-yaml's quote.
        guard affected > 0, let closingQuote = try ClosingQuoteIndentation.unused(in: v) else { return output }
        let marked = try emit(v, maxDepth: maxDepth, checkRoundTrip: checkRoundTrip, closingQuote: closingQuote)
        return closingQuote.removed(from: marked.output)
    }

    private static func emit(_ v: Value, maxDepth: Int, checkRoundTrip: Bool,
                             closingQuote: ClosingQuoteIndentation?) throws -> (output: [UInt8], affected: Int) {
        let emitter = try LibYAMLEmitter(capacity: 1 << 16)
        var writer = V2Writer(emitter: emitter, maxDepth: maxDepth, checkRoundTrip: checkRoundTrip,
                              closingQuote: closingQuote)
        do {
            try emitter.streamStart()
            try emitter.documentStart()
            try writer.write(v)
            try emitter.documentEnd()
            try emitter.streamEnd()
        } catch let error as YAMLError where error.message.hasPrefix("json: ") {
            throw YAMLError("error marshaling into JSON: " + error.message)
        }
        return (emitter.output, writer.affected)
    }

    /// sigs.k8s.io/yaml's `JSONToYAML(json.Marshal(v))` up to the value go-yaml re-encodes.
    private static func jsonRoundTrip(_ v: Value, maxDepth: Int) throws -> Value {
        let json: String
        do {
            json = try JSONEncoding.marshal(v)
        } catch let error as YAMLError {
            throw YAMLError("error marshaling into JSON: " + error.message)
        }
        do {
            let document = try YAMLDocumentParser.parseFirstDocument(json, maxDepth: maxDepth)
            return try YAMLValueDecoder.decode(document, depthLimit: maxDepth < DeepNesting.goLimit ? 4 * maxDepth : Int.max)
        } catch let error as YAMLError {
            throw YAMLError("error converting JSON to YAML: " + error.message)
        }
    }

    /// Exactly what `{{ toYaml x }}` prints: one trailing newline trimmed, "" when encoding fails.
    public static func helmToYaml(_ v: Value) -> String {
        guard let bytes = try? marshal(v) else { return "" }
        return trimmedText(bytes)
    }

    /// Helm's `mustToYaml`: like `toYaml`, but the error is reported (Helm panics with it).
    public static func helmMustToYaml(_ v: Value) throws -> String {
        trimmedText(try marshal(v))
    }

    private static func trimmedText(_ bytes: [UInt8]) -> String {
        guard bytes.last == 0x0A else { return String(decoding: bytes, as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0.dropLast()), as: UTF8.self) }
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
    static func v2Style(_ s: UnsafeBufferPointer<UInt8>, hasNewline: Bool) -> yaml_scalar_style_t {
        if hasNewline { return YAML_LITERAL_SCALAR_STYLE }
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

/// Walks a value in json.Marshal's model and sends go-yaml v2's events to libyaml's emitter.
private struct V2Writer {
    let emitter: LibYAMLEmitter
    let maxDepth: Int
    /// Stop at a string the JSON round trip would change (`JSONRoundTripNeeded`).
    let checkRoundTrip: Bool
    /// Set on the second pass, when some string needs go-yaml's closing quote.
    let closingQuote: ClosingQuoteIndentation?
    var depth = 0
    /// Strings whose closing quote libyaml places differently from go-yaml (`ClosingQuoteIndentation`).
    var affected = 0

    init(emitter: LibYAMLEmitter, maxDepth: Int, checkRoundTrip: Bool, closingQuote: ClosingQuoteIndentation?) {
        self.emitter = emitter
        self.maxDepth = maxDepth
        self.checkRoundTrip = checkRoundTrip
        self.closingQuote = closingQuote
    }

    mutating func write(_ v: Value) throws {
        switch v {
        case .rawString(let bytes):
            // Helm's toYaml goes through encoding/json, which reads each invalid byte as U+FFFD.
            try string(GoUTF8.lossyString(bytes))
        case .invalid, .null:
            try token("null")
        case .bool(let b):
            try token(b ? "true" : "false")
        case .int(let i):
            try token(String(i))
        case .int64(let i):
            try token(String(i))
        case .uint8(let u):
            try token(String(u))
        case .float64(let f):
            // Integral values print as integers on both legs (JSON's 'f' form, then a YAML int; -0 → 0).
            if f.rounded(.towardZero) == f && Swift.abs(f) < 9.0e18 {
                try token(String(Int64(f)))
                return
            }
            guard f.isFinite else {
                throw YAMLError("json: unsupported value: " + GoFloatFormat.g(f))
            }
            // A fraction reads back from JSON as the same float64, which go-yaml writes in %g form.
            if f.rounded(.towardZero) != f {
                try token(GoFloatFormat.g(f))
                return
            }
            guard let json = GoFloatFormat.json(f) else {
                throw YAMLError("json: unsupported value: " + GoFloatFormat.g(f))
            }
            try token(YAMLEncoding.yamlNumber(fromJSON: json))
        case .string(let s):
            try string(s)
        case .bytes(let bytes):
            try string(Base64.encodeStd(bytes))
        case .list(let list):
            // A nil slice goes through JSON as null.
            if list.isNil {
                try token("null")
                return
            }
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
            for entry in GoYAMLKeyOrder.sortedEntries(map.entries) {
                try string(entry.key)
                try write(entry.value)
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

    /// A number, `null`, `true` or `false`: plain, nothing for libyaml to quote.
    private func token(_ text: String) throws {
        var text = text
        try text.withUTF8 { try emitter.scalar($0, style: YAML_PLAIN_SCALAR_STYLE) }
    }

    private mutating func string(_ s: String) throws {
        var s = s
        try s.withUTF8 { bytes in
            let style = YAMLEncoding.v2Style(bytes, hasNewline: try scan(bytes))
            guard style == YAML_PLAIN_SCALAR_STYLE, ClosingQuoteIndentation.affects(bytes) else {
                try emitter.scalar(bytes, style: style)
                return
            }
            affected += 1
            guard let closingQuote else {
                try emitter.scalar(bytes, style: style)
                return
            }
            try closingQuote.marked(bytes).withUnsafeBufferPointer { try emitter.scalar($0, style: style) }
        }
    }

    /// Whether the text holds a `\n` (go-yaml asks for a literal block); stops the fast path at a
    /// string the JSON round trip would change: `json.Marshal` leaves DEL, the C1 controls and
    /// U+FFFE/U+FFFF raw, which go-yaml then refuses ("control characters are not allowed"), and NEL
    /// (U+0085), which it reads as a line break and folds with the spaces around it, as in any
    /// double-quoted scalar.
    private func scan(_ s: UnsafeBufferPointer<UInt8>) throws -> Bool {
        var hasNewline = false
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c == 0x0A {
                hasNewline = true
            } else if c >= 0x7F && checkRoundTrip {
                let next = i + 1 < n ? s[i + 1] : 0
                if c == 0x7F || (c == 0xC2 && next >= 0x80 && next <= 0x9F)
                    || (c == 0xEF && next == 0xBF && i + 2 < n && s[i + 2] >= 0xBE) {
                    throw JSONRoundTripNeeded()
                }
            }
            i += 1
        }
        return hasNewline
    }
}

/// Thrown by the writer when a string would not survive the JSON round trip unchanged.
private struct JSONRoundTripNeeded: Error {}
