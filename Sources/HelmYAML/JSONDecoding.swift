import GoTemplate

/// Go's encoding/json `Unmarshal` into `interface{}`: objects become maps, arrays lists, numbers
/// float64. Syntax errors carry Go's scanner text (`invalid character 'x' looking for beginning of
/// value`, `unexpected end of JSON input`) and take precedence over type errors, as Go validates first.
public enum JSONDecoding {
    public static func decode(_ s: String) throws -> Value {
        try decode(s, into: .any)
    }

    /// Decodes into `interface{}`, `map[string]interface{}` or `[]interface{}`. A mismatched top level
    /// throws `json: cannot unmarshal array into Go value of type map[string]interface {}`; `null` gives
    /// `.null` (Go leaves the target untouched).
    static func decode(_ s: String, into target: SigsYAML.Target) throws -> Value {
        let (value, typeError) = try decodeKeepingPartial(s, into: target)
        if let typeError { throw typeError }
        return value
    }

    /// Like `decode(_:into:)`, but a number out of range only yields the error next to the value
    /// (where the number became null), as Go fills the rest of the target before reporting it.
    static func decodeKeepingPartial(_ s: String, into target: SigsYAML.Target) throws -> (Value, YAMLError?) {
        var parser = JSONParser(Array(s.utf8))
        let value = try parser.parseDocument()
        let kind: String
        switch (value, target) {
        case (_, .any), (.null, _), (.map, .map), (.list, .slice):
            return (value, parser.typeError)
        case (.map, _): kind = "object"
        case (.list, _): kind = "array"
        case (.string, _): kind = "string"
        case (.bool, _): kind = "bool"
        default: kind = "number"
        }
        throw YAMLError("json: cannot unmarshal \(kind) into Go value of type \(target.goTypeName)")
    }

    /// Go's `json.Decoder.Decode` into `interface{}` (as `--set-json` values are read): the first JSON
    /// value at the front of `s`, and how many bytes it took (`InputOffset`); what follows is left
    /// alone. Input that ends inside the value fails with `unexpected EOF`, as the decoder reports it.
    public static func decodeFirst(_ s: String) throws -> (value: Value, consumedBytes: Int) {
        var parser = JSONParser(Array(s.utf8), endOfInput: YAMLError("unexpected EOF"))
        let value = try parser.parseFirstValue()
        if let typeError = parser.typeError { throw typeError }
        return (value, parser.offset)
    }
}

/// Recursive-descent reader that reports errors the way Go's JSON scanner state machine does.
struct JSONParser {
    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0
    /// The first type error (a number out of float64 range); decoding goes on, as in Go.
    private(set) var typeError: YAMLError?

    /// What running out of input inside a value reports: `json.Unmarshal` names the space its scanner
    /// steps at the end (or says "unexpected end of JSON input"), `json.Decoder` says "unexpected EOF".
    private let decoderEndOfInput: YAMLError?

    init(_ bytes: [UInt8], endOfInput: YAMLError? = nil) {
        self.bytes = bytes
        self.decoderEndOfInput = endOfInput
    }

    var offset: Int { i }

    /// One value after leading space; the input after it is not read.
    mutating func parseFirstValue() throws -> Value {
        skipSpace()
        return try parseValue()
    }

    mutating func parseDocument() throws -> Value {
        skipSpace()
        let value = try parseValue()
        skipSpace()
        if i < bytes.count { throw invalid(bytes[i], "after top-level value") }
        return value
    }

    private static let endOfInput = YAMLError("unexpected end of JSON input")

    private func invalid(_ c: UInt8, _ context: String) -> YAMLError {
        YAMLError("invalid character \(Self.quoteChar(c)) \(context)")
    }

    /// Go's `quoteChar`: the byte as a quoted character literal.
    static func quoteChar(_ c: UInt8) -> String {
        if c == UInt8(ascii: "'") { return "'\\''" }
        if c == UInt8(ascii: "\"") { return "'\"'" }
        let quoted = GoSyntax.quote(String(Unicode.Scalar(c)))
        return "'" + quoted.dropFirst().dropLast() + "'"
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func next() throws -> UInt8 {
        guard i < bytes.count else { throw decoderEndOfInput ?? Self.endOfInput }
        return bytes[i]
    }

    /// At the end of input Go's scanner steps a space: where a space is not allowed (inside a number,
    /// literal or escape) the error names it, elsewhere it is "unexpected end of JSON input".
    private mutating func next(spaceContext context: String) throws -> UInt8 {
        guard i < bytes.count else { throw decoderEndOfInput ?? invalid(0x20, context) }
        return bytes[i]
    }

    private mutating func parseValue() throws -> Value {
        let c = try next()
        switch c {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw invalid(c, "looking for beginning of value")
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > 10000 { throw YAMLError("exceeded max depth") }
    }

    private mutating func parseObject() throws -> Value {
        try enter()
        defer { depth -= 1 }
        i += 1
        let map = GoMap()
        skipSpace()
        if try next() == UInt8(ascii: "}") {
            i += 1
            return .map(map)
        }
        while true {
            let c = try next()
            guard c == UInt8(ascii: "\"") else { throw invalid(c, "looking for beginning of object key string") }
            let key = try parseString()
            skipSpace()
            let colon = try next()
            guard colon == UInt8(ascii: ":") else { throw invalid(colon, "after object key") }
            i += 1
            skipSpace()
            map.entries[key] = try parseValue()
            skipSpace()
            let separator = try next()
            i += 1
            if separator == UInt8(ascii: "}") { return .map(map) }
            guard separator == UInt8(ascii: ",") else { throw invalid(separator, "after object key:value pair") }
            skipSpace()
        }
    }

    private mutating func parseArray() throws -> Value {
        try enter()
        defer { depth -= 1 }
        i += 1
        var elements = [Value]()
        skipSpace()
        if try next() == UInt8(ascii: "]") {
            i += 1
            return .list(GoList(elements))
        }
        while true {
            elements.append(try parseValue())
            skipSpace()
            let separator = try next()
            i += 1
            if separator == UInt8(ascii: "]") { return .list(GoList(elements)) }
            guard separator == UInt8(ascii: ",") else { throw invalid(separator, "after array element") }
            skipSpace()
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let expected = Array(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        i += 1
        for k in 1..<expected.count {
            let c = try next(spaceContext: "in literal \(word) (expecting \(Self.quoteChar(expected[k])))")
            guard c == expected[k] else {
                throw invalid(c, "in literal \(word) (expecting \(Self.quoteChar(expected[k])))")
            }
            i += 1
        }
    }

    private mutating func parseNumber() throws -> Value {
        let start = i
        if bytes[i] == UInt8(ascii: "-") {
            i += 1
            let c = try next(spaceContext: "in numeric literal")
            guard isDigit(c) else { throw invalid(c, "in numeric literal") }
        }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let c = try next(spaceContext: "after decimal point in numeric literal")
            guard isDigit(c) else { throw invalid(c, "after decimal point in numeric literal") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var c = try next(spaceContext: "in exponent of numeric literal")
            if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                i += 1
                c = try next(spaceContext: "in exponent of numeric literal")
            }
            guard isDigit(c) else { throw invalid(c, "in exponent of numeric literal") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        guard let f = Double(text), f.isFinite else {
            if typeError == nil {
                typeError = YAMLError("json: cannot unmarshal number \(text) into Go value of type float64")
            }
            return .null
        }
        return .float64(f)
    }

    private mutating func parseString() throws -> String {
        i += 1
        var out = [UInt8]()
        while true {
            let c = try next()
            i += 1
            switch c {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let e = try next(spaceContext: "in string escape code")
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if code >= 0xD800 && code < 0xDC00 {
                        // A high surrogate combines with a following \u low surrogate.
                        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                            let save = i
                            i += 2
                            let low = try hex4()
                            if low >= 0xDC00 && low < 0xE000 {
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                i = save
                                code = 0xFFFD
                            }
                        } else {
                            code = 0xFFFD
                        }
                    } else if code >= 0xDC00 && code < 0xE000 {
                        code = 0xFFFD
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8))
                default:
                    throw invalid(e, "in string escape code")
                }
            default:
                if c < 0x20 { throw invalid(c, "in string literal") }
                out.append(c)
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = try next(spaceContext: "in \\u hexadecimal character escape")
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - 55)
            default: throw invalid(c, "in \\u hexadecimal character escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    @inline(__always) private func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
