import GoTemplate

/// Go's encoding/json `Marshal`/`MarshalIndent` of a template value, and the template functions built on
/// them (Helm's `toJson`/`mustToJson`, Sprig's `toPrettyJson`/`toRawJson` and their `must` forms).
public enum JSONEncoding {
    /// `json.Marshal`: keys sorted, `<`, `>`, `&` escaped as `\u003c` etc. unless `escapeHTML` is false,
    /// U+2028/U+2029 escaped, floats as Go writes them (`1e+21`, `1e-7`, `0.000001`, `3`).
    /// Throws `json: unsupported value: NaN` for NaN and infinities.
    public static func marshal(_ v: Value, escapeHTML: Bool = true) throws -> String {
        let bytes = try DeepNesting.run { limit -> [UInt8] in
            var writer = JSONWriter(escapeHTML: escapeHTML, maxDepth: limit)
            try writer.write(v)
            return writer.out
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `json.MarshalIndent(v, prefix, indent)`.
    public static func marshalIndent(_ v: Value, prefix: String, indent: String) throws -> String {
        let compact = try marshal(v)
        return String(decoding: JSONIndenter.indent(Array(compact.utf8), prefix: Array(prefix.utf8), indent: Array(indent.utf8)),
                      as: UTF8.self)
    }

    /// Helm's `toJson`: the JSON text, or "" when encoding fails.
    public static func helmToJson(_ v: Value) -> String {
        (try? marshal(v)) ?? ""
    }

    /// Helm's `mustToJson`: like `toJson` but failing (Helm panics; the template reports the error).
    public static func helmMustToJson(_ v: Value) throws -> String {
        try marshal(v)
    }

    /// Sprig's `toPrettyJson`: `MarshalIndent(v, "", "  ")`, "" on error.
    public static func toPrettyJson(_ v: Value) -> String {
        (try? marshalIndent(v, prefix: "", indent: "  ")) ?? ""
    }

    /// Sprig's `mustToPrettyJson`.
    public static func mustToPrettyJson(_ v: Value) throws -> String {
        try marshalIndent(v, prefix: "", indent: "  ")
    }

    /// Sprig's `mustToRawJson`: an Encoder without HTML escaping, trailing newline trimmed. Sprig's
    /// `toRawJson` panics on the same error, so both throw.
    public static func mustToRawJson(_ v: Value) throws -> String {
        try marshal(v, escapeHTML: false)
    }

    /// Sprig's `toRawJson` (panics on error in Go: the caller reports it as a function error).
    public static func toRawJson(_ v: Value) throws -> String {
        try marshal(v, escapeHTML: false)
    }
}

/// Compact JSON writer with encoding/json's rules.
struct JSONWriter {
    var out: [UInt8] = []
    let escapeHTML: Bool
    let maxDepth: Int
    private var depth = 0

    init(escapeHTML: Bool, maxDepth: Int = DeepNesting.goLimit) {
        self.escapeHTML = escapeHTML
        self.maxDepth = maxDepth
        out.reserveCapacity(256)
    }

    mutating func write(_ v: Value) throws {
        switch v {
        case .invalid, .null:
            out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let b):
            out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
        case .int(let i):
            out.append(contentsOf: String(i).utf8)
        case .int64(let i):
            out.append(contentsOf: String(i).utf8)
        case .uint8(let u):
            out.append(contentsOf: String(u).utf8)
        case .float64(let f):
            guard let text = GoFloatFormat.json(f) else {
                throw YAMLError("json: unsupported value: " + GoFloatFormat.g(f))
            }
            out.append(contentsOf: text.utf8)
        case .string(let s):
            writeString(s)
        case .rawString(let bytes):
            writeString(bytes: bytes)
        case .bytes(let bytes):
            writeString(Base64.encodeStd(bytes))
        case .list(let list):
            if list.isNil {
                out.append(contentsOf: "null".utf8)
                return
            }
            if list.elementType == .uint8 {
                writeString(Base64.encodeStd(list.elements.map { element -> UInt8 in
                    if case .uint8(let b) = element { return b }
                    return 0
                }))
                return
            }
            try nest()
            defer { depth -= 1 }
            out.append(UInt8(ascii: "["))
            for (i, element) in list.elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                try write(element)
            }
            out.append(UInt8(ascii: "]"))
        case .map(let map):
            try nest()
            defer { depth -= 1 }
            out.append(UInt8(ascii: "{"))
            // Go sorts map keys byte-wise.
            let keys = map.entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, key) in keys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key)
                out.append(UInt8(ascii: ":"))
                try write(map.entries[key] ?? .null)
            }
            out.append(UInt8(ascii: "}"))
        case .object(let object):
            if let structValue = object as? GoJSONStruct {
                try nest()
                defer { depth -= 1 }
                out.append(UInt8(ascii: "{"))
                for (i, field) in structValue.jsonFields.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    writeString(field.name)
                    out.append(UInt8(ascii: ":"))
                    try write(field.value)
                }
                out.append(UInt8(ascii: "}"))
            } else if let marshalable = object as? GoMarshalable {
                try nest()
                defer { depth -= 1 }
                try write(try marshalable.marshalValue())
            } else {
                out.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
            }
        }
    }

    /// Maps alias, so a map can contain itself; encoding/json reports such a cycle, and nesting this
    /// deep can only come from one.
    private mutating func nest() throws {
        depth += 1
        if depth > maxDepth {
            if maxDepth < DeepNesting.goLimit { throw DeepNesting.TooDeep() }
            throw YAMLError("json: unsupported value: encountered a cycle via map[string]interface {}")
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A Go string that is not UTF-8: encoding/json writes each invalid byte as `\ufffd`.
    mutating func writeString(bytes: [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var i = 0
        var segmentStart = 0
        while i < bytes.count {
            if let (_, width) = GoUTF8.decodeValidRune(bytes, at: i) {
                i += width
                continue
            }
            writeContents(String(decoding: bytes[segmentStart..<i], as: UTF8.self))
            out.append(contentsOf: Array("\\ufffd".utf8))
            i += 1
            segmentStart = i
        }
        writeContents(String(decoding: bytes[segmentStart..<i], as: UTF8.self))
        out.append(UInt8(ascii: "\""))
    }

    mutating func writeString(_ s: String) {
        out.append(UInt8(ascii: "\""))
        writeContents(s)
        out.append(UInt8(ascii: "\""))
    }

    /// A string's characters with encoding/json's escapes, without the quotes.
    private mutating func writeContents(_ s: String) {
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let escape: Bool
                if b < 0x80 {
                    escape = b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
                        || (escapeHTML && (b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&")))
                } else {
                    // U+2028 and U+2029 (E2 80 A8/A9) are escaped for JavaScript's sake.
                    escape = b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
                }
                if !escape {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                if b == 0xE2 {
                    out.append(contentsOf: Array("\\u202".utf8))
                    out.append(bytes[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                    i += 3
                } else {
                    appendEscape(b)
                    i += 1
                }
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
        }
    }

    private mutating func appendEscape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            out.append(UInt8(ascii: "\\")); out.append(b)
        case 0x08: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
        default: appendUnicodeEscape(b)
        }
    }

    private mutating func appendUnicodeEscape(_ b: UInt8) {
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]])
    }
}

/// encoding/json's `Indent` over compact output: one element per line, `": "` after keys, empty
/// arrays and objects kept as `[]` and `{}`.
enum JSONIndenter {
    static func indent(_ src: [UInt8], prefix: [UInt8], indent: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(src.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        var needIndent = false
        func newline() {
            out.append(0x0A)
            out.append(contentsOf: prefix)
            for _ in 0..<depth { out.append(contentsOf: indent) }
        }
        for c in src {
            if inString {
                out.append(c)
                if escaped { escaped = false } else if c == UInt8(ascii: "\\") { escaped = true } else if c == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if needIndent && c != UInt8(ascii: "]") && c != UInt8(ascii: "}") {
                needIndent = false
                depth += 1
                newline()
            }
            switch c {
            case UInt8(ascii: "\""):
                inString = true
                out.append(c)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                out.append(c)
                needIndent = true
            case UInt8(ascii: ","):
                out.append(c)
                newline()
            case UInt8(ascii: ":"):
                out.append(c)
                out.append(UInt8(ascii: " "))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if needIndent {
                    needIndent = false
                } else {
                    depth -= 1
                    newline()
                }
                out.append(c)
            default:
                out.append(c)
            }
        }
        return out
    }
}
