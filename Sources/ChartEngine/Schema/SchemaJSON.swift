import GoTemplate

/// A JSON value as jsonschema v6 sees it: schema documents decoded with `UseNumber` (numbers keep the
/// text they were written with, which messages print: `value must be one of 1.50, 1e2`), instances
/// converted from Helm's values.
indirect enum SchemaJSON {
    case null
    case bool(Bool)
    /// The number's value, and its JSON text when it came from a document (`json.Number`).
    case number(Double, literal: String?)
    case string(String)
    case array([SchemaJSON])
    case object([String: SchemaJSON])

    var objectValue: [String: SchemaJSON]? {
        if case .object(let o) = self { return o }
        return nil
    }

    var arrayValue: [SchemaJSON]? {
        if case .array(let a) = self { return a }
        return nil
    }

    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    var numberValue: Double? {
        if case .number(let d, _) = self { return d }
        return nil
    }

    /// jsonschema's type names: every number is a "number" (integers are recognised separately).
    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// Whether a number is integral (`big.Rat.IsInt` of its decimal form).
    var isInteger: Bool {
        if case .number(let d, _) = self { return d.isFinite && d == d.rounded(.towardZero) }
        return false
    }

    /// The exact decimal this number stands for: its literal, or the shortest text of the float
    /// (`fmt.Sprint`), which is what jsonschema feeds to `big.Rat`.
    var decimalText: String? {
        guard case .number(let d, let literal) = self else { return nil }
        return literal ?? SchemaNumberText.shortest(d)
    }

    /// Keys in Go's sorted (byte-wise) order. Go visits map keys in random order; sorting gives one
    /// fixed order among those Helm can print.
    static func sortedKeys(_ object: [String: SchemaJSON]) -> [String] {
        object.keys.sorted(by: goStringLess)
    }

    /// Helm's values as the validator sees them (`map[string]any`, `[]any`, numbers, strings, bools).
    init(_ value: Value) {
        switch value {
        case .invalid, .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .number(Double(i), literal: String(i))
        case .int64(let i): self = .number(Double(i), literal: String(i))
        case .uint8(let i): self = .number(Double(i), literal: String(i))
        case .float64(let d): self = .number(d, literal: nil)
        case .string(let s): self = .string(s)
        // Helm hands values over as JSON, where bytes that are not UTF-8 become U+FFFD.
        case .rawString(let b): self = .string(GoUTF8.lossyString(b))
        case .bytes(let b): self = .array(b.map { .number(Double($0), literal: String($0)) })
        case .list(let l): self = .array(l.elements.map(SchemaJSON.init))
        case .map(let m):
            var object: [String: SchemaJSON] = [:]
            object.reserveCapacity(m.count)
            for (k, v) in m.entries { object[k] = SchemaJSON(v) }
            self = .object(object)
        case .object: self = .null
        }
    }

    /// JSON equality as jsonschema's `equals`: numbers by value, objects by keys and values.
    static func equal(_ a: SchemaJSON, _ b: SchemaJSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x, _), .number(let y, _)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in x {
                guard let w = y[k], equal(v, w) else { return false }
            }
            return true
        default: return false
        }
    }
}

/// Parses a JSON document as jsonschema's `UnmarshalJSON` does (Go's `json.Decoder` with `UseNumber`,
/// then nothing but space after the value), keeping number texts and failing with Go's messages.
struct SchemaJSONParser {
    struct Failure: Error {
        var message: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    static func parse(_ text: String) throws -> SchemaJSON {
        var parser = SchemaJSONParser(bytes: Array(text.utf8))
        parser.skipSpace()
        if parser.peek == nil { throw Failure(message: "EOF") }
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw Failure(message: "invalid character after top-level value") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let c = peek, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { index += 1 }
    }

    /// Go's `invalid character 'x' <context>`, or `unexpected EOF` at the end.
    private func unexpected(_ context: String) -> Failure {
        guard let c = peek else { return Failure(message: "unexpected EOF") }
        return Failure(message: "invalid character \(Self.quoteChar(c)) \(context)")
    }

    private static func quoteChar(_ c: UInt8) -> String {
        if c == UInt8(ascii: "'") { return "'\\''" }
        if c == UInt8(ascii: "\"") { return "'\"'" }
        let quoted = GoFormat.quote(String(Character(Unicode.Scalar(c))))
        return "'" + quoted.dropFirst().dropLast() + "'"
    }

    private mutating func value() throws -> SchemaJSON {
        depth += 1
        defer { depth -= 1 }
        guard depth < 10000 else { throw Failure(message: "exceeded max depth") }
        guard let c = peek else { throw Failure(message: "unexpected EOF") }
        switch c {
        case UInt8(ascii: "{"):
            index += 1
            var object: [String: SchemaJSON] = [:]
            skipSpace()
            if peek == UInt8(ascii: "}") { index += 1; return .object(object) }
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { throw unexpected("looking for beginning of object key string") }
                let key = try string()
                skipSpace()
                guard peek == UInt8(ascii: ":") else { throw unexpected("after object key") }
                index += 1
                skipSpace()
                // Go's decoder keeps the last of duplicate keys.
                object[key] = try value()
                skipSpace()
                switch peek {
                case UInt8(ascii: ",")?: index += 1
                case UInt8(ascii: "}")?: index += 1; return .object(object)
                default: throw unexpected("after object key:value pair")
                }
            }
        case UInt8(ascii: "["):
            index += 1
            var items: [SchemaJSON] = []
            skipSpace()
            if peek == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value())
                skipSpace()
                switch peek {
                case UInt8(ascii: ",")?: index += 1
                case UInt8(ascii: "]")?: index += 1; return .array(items)
                default: throw unexpected("after array element")
                }
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try word("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try word("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try word("null")
            return .null
        case UInt8(ascii: "-"), 0x30...0x39:
            return try number()
        default:
            throw unexpected("looking for beginning of value")
        }
    }

    private func isDigit(_ c: UInt8?) -> Bool {
        guard let c else { return false }
        return c >= 0x30 && c <= 0x39
    }

    private mutating func number() throws -> SchemaJSON {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        guard isDigit(peek) else { throw unexpected("in numeric literal") }
        if peek == UInt8(ascii: "0") { index += 1 } else { while isDigit(peek) { index += 1 } }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard isDigit(peek) else { throw unexpected("after decimal point in numeric literal") }
            while isDigit(peek) { index += 1 }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard isDigit(peek) else { throw unexpected("in exponent of numeric literal") }
            while isDigit(peek) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        return .number(Double(text) ?? (text.hasPrefix("-") ? -.infinity : .infinity), literal: text)
    }

    private mutating func word(_ w: String) throws {
        for (i, b) in w.utf8.enumerated() {
            guard peek == b else {
                let expected = Array(w.utf8)[i]
                throw unexpected("in literal \(w) (expecting \(Self.quoteChar(expected)))")
            }
            index += 1
        }
    }

    private mutating func string() throws -> String {
        index += 1
        var out: [UInt8] = []
        while let c = peek {
            switch c {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard let e = peek else { throw Failure(message: "unexpected EOF") }
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    index += 1
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        let save = index
                        index += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            index = save
                        }
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8))
                    continue
                default:
                    throw unexpected("in string escape code")
                }
                index += 1
            default:
                if c < 0x20 { throw unexpected("in string literal") }
                out.append(c)
                index += 1
            }
        }
        throw Failure(message: "unexpected EOF")
    }

    private mutating func hex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let c = peek else { throw Failure(message: "unexpected EOF") }
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            default: throw unexpected("in \\u hexadecimal character escape")
            }
            v = v &* 16 &+ digit
            index += 1
        }
        return v
    }
}
