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

    /// `toYaml`'s bytes, built in one buffer. Values are written as go-yaml would write them after
    /// sigs.k8s.io/yaml's JSON round trip; only when a string holds a character that round trip
    /// changes (see `V2Writer.analyze`) is the JSON text really built and read back, as Helm does.
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
        var writer = V2Writer(maxDepth: maxDepth, checkRoundTrip: checkRoundTrip)
        do {
            try writer.write(v, inMapping: false)
        } catch let error as YAMLError where error.message.hasPrefix("json: ") {
            throw YAMLError("error marshaling into JSON: " + error.message)
        }
        writer.emitter.finish()
        return writer.emitter.output
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
    /// same string, double-quoted otherwise. The emitter may still fall back (plain → single-quoted, …).
    static func v2Style(_ s: UnsafeBufferPointer<UInt8>, _ analysis: ScalarAnalysis) -> GoYAMLV2Emitter.Style {
        if analysis.hasNewline { return .literal }
        if YAMLScalarResolver.isPlainString(s) { return .plain }
        return .doubleQuoted
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

/// Walks a value in json.Marshal's model and writes what go-yaml v2's encoder would emit for it.
private struct V2Writer {
    var emitter = GoYAMLV2Emitter(capacity: 1 << 12)
    let maxDepth: Int
    /// Stop at a string the JSON round trip would change (`JSONRoundTripNeeded`).
    let checkRoundTrip: Bool
    var depth = 0

    init(maxDepth: Int, checkRoundTrip: Bool) {
        self.maxDepth = maxDepth
        self.checkRoundTrip = checkRoundTrip
    }

    /// `inMapping`: `v` is a mapping's value (a sequence there is not indented past its key).
    mutating func write(_ v: Value, inMapping: Bool) throws {
        switch v {
        case .rawString(let bytes):
            // Helm's toYaml goes through encoding/json, which reads each invalid byte as U+FFFD.
            try string(GoUTF8.lossyString(bytes))
        case .invalid, .null:
            token("null")
        case .bool(let b):
            token(b ? "true" : "false")
        case .int(let i):
            token(String(i))
        case .int64(let i):
            token(String(i))
        case .uint8(let u):
            token(String(u))
        case .float64(let f):
            // Integral values print as integers on both legs (JSON's 'f' form, then a YAML int; -0 → 0).
            if f.rounded(.towardZero) == f && Swift.abs(f) < 9.0e18 {
                token(String(Int64(f)))
                return
            }
            guard f.isFinite else {
                throw YAMLError("json: unsupported value: " + GoFloatFormat.g(f))
            }
            // A fraction reads back from JSON as the same float64, which go-yaml writes in %g form.
            if f.rounded(.towardZero) != f {
                token(GoFloatFormat.g(f))
                return
            }
            guard let json = GoFloatFormat.json(f) else {
                throw YAMLError("json: unsupported value: " + GoFloatFormat.g(f))
            }
            token(YAMLEncoding.yamlNumber(fromJSON: json))
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
            if list.elements.isEmpty {
                emitter.emptyCollection(mapping: false)
                return
            }
            let saved = emitter.beginSequence(inMapping: inMapping)
            for element in list.elements {
                emitter.sequenceItem()
                try write(element, inMapping: false)
            }
            emitter.endCollection(saved)
        case .map(let map):
            try nest()
            defer { depth -= 1 }
            if map.entries.isEmpty {
                emitter.emptyCollection(mapping: true)
                return
            }
            let saved = emitter.beginMapping()
            for entry in GoYAMLKeyOrder.sortedEntries(map.entries) {
                var key = entry.key
                try key.withUTF8 { bytes in
                    let analysis = try analyze(bytes)
                    emitter.key(bytes, style: YAMLEncoding.v2Style(bytes, analysis), analysis: analysis)
                }
                try write(entry.value, inMapping: true)
            }
            emitter.endCollection(saved)
        case .object(let object):
            if let marshalable = object as? GoMarshalable {
                try write(try marshalable.marshalValue(), inMapping: inMapping)
            } else {
                emitter.emptyCollection(mapping: true)
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

    /// A number, `null`, `true` or `false`: plain, no quoting or folding possible.
    private mutating func token(_ text: String) {
        var text = text
        text.withUTF8 { emitter.plainToken($0) }
    }

    private mutating func string(_ s: String) throws {
        var s = s
        try s.withUTF8 { bytes in
            let analysis = try analyze(bytes)
            emitter.scalar(bytes, style: YAMLEncoding.v2Style(bytes, analysis), analysis: analysis)
        }
    }

    /// The emitter's view of a string; stops the fast path at one the JSON round trip would change:
    /// `json.Marshal` leaves DEL, the C1 controls and U+FFFE/U+FFFF raw, which go-yaml then refuses
    /// ("control characters are not allowed"), and NEL (U+0085), which it reads as a line break and
    /// folds with the spaces around it, as in any double-quoted scalar.
    private func analyze(_ bytes: UnsafeBufferPointer<UInt8>) throws -> ScalarAnalysis {
        let analysis = ScalarAnalysis(bytes)
        if checkRoundTrip && !analysis.survivesJSONRoundTrip { throw JSONRoundTripNeeded() }
        return analysis
    }
}

/// Thrown by the writer when a string would not survive the JSON round trip unchanged.
private struct JSONRoundTripNeeded: Error {}
