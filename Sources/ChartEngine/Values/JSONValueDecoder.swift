import GoTemplate

/// Decodes one JSON value from the front of some text, as Go's `json.Decoder.Decode` into `interface{}`
/// does for `--set-json`: numbers become float64, objects `map[string]interface {}`, arrays `[]interface {}`.
/// Returns the value and how many scalars it consumed (Go's `InputOffset`).
struct JSONValueDecoder {
    struct DecodeError: Error, CustomStringConvertible {
        var description: String
    }

    private let input: [Unicode.Scalar]
    private var index = 0
    private var depth = 0
    private static let maxDepth = 10000

    init<S: Sequence>(_ input: S) where S.Element == Unicode.Scalar {
        self.input = Array(input)
    }

    static func decodeFirst<S: Sequence>(_ input: S) throws -> (value: Value, consumed: Int) where S.Element == Unicode.Scalar {
        var decoder = JSONValueDecoder(input)
        decoder.skipSpace()
        let value = try decoder.parseValue()
        return (value, decoder.index)
    }

    /// The whole text must be one JSON value (Go's `json.Unmarshal`).
    static func decodeWhole(_ text: String) throws -> Value {
        var decoder = JSONValueDecoder(text.unicodeScalars)
        decoder.skipSpace()
        let value = try decoder.parseValue()
        decoder.skipSpace()
        if let c = decoder.peek() {
            throw DecodeError(description: "invalid character \(goQuoteRune(c)) after top-level value")
        }
        return value
    }

    private func peek() -> Unicode.Scalar? { index < input.count ? input[index] : nil }

    private mutating func skipSpace() {
        while let c = peek(), c == " " || c == "\t" || c == "\n" || c == "\r" { index += 1 }
    }

    private mutating func parseValue() throws -> Value {
        guard let c = peek() else { throw DecodeError(description: "unexpected EOF") }
        switch c {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return .string(try parseString())
        case "t": try expectWord("true"); return .bool(true)
        case "f": try expectWord("false"); return .bool(false)
        case "n": try expectWord("null"); return .null
        case "-", "0"..."9": return try parseNumber()
        default:
            throw DecodeError(description: "invalid character \(goQuoteRune(c)) looking for beginning of value")
        }
    }

    private mutating func expectWord(_ word: String) throws {
        for w in word.unicodeScalars {
            guard let c = peek() else { throw DecodeError(description: "unexpected EOF") }
            guard c == w else { throw DecodeError(description: "invalid character \(goQuoteRune(c)) in literal \(word)") }
            index += 1
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > JSONValueDecoder.maxDepth { throw DecodeError(description: "exceeded max depth") }
    }

    private mutating func parseObject() throws -> Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        let map = GoMap()
        skipSpace()
        if peek() == "}" { index += 1; return .map(map) }
        while true {
            skipSpace()
            guard peek() == "\"" else { throw unexpected("looking for beginning of object key string") }
            let key = try parseString()
            skipSpace()
            guard peek() == ":" else { throw unexpected("after object key") }
            index += 1
            skipSpace()
            map[key] = try parseValue()
            skipSpace()
            switch peek() {
            case ",": index += 1
            case "}": index += 1; return .map(map)
            default: throw unexpected("after object key:value pair")
            }
        }
    }

    private mutating func parseArray() throws -> Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [Value] = []
        skipSpace()
        if peek() == "]" { index += 1; return .list(elements) }
        while true {
            skipSpace()
            elements.append(try parseValue())
            skipSpace()
            switch peek() {
            case ",": index += 1
            case "]": index += 1; return .list(elements)
            default: throw unexpected("after array element")
            }
        }
    }

    private func unexpected(_ context: String) -> DecodeError {
        guard let c = peek() else { return DecodeError(description: "unexpected EOF") }
        return DecodeError(description: "invalid character \(goQuoteRune(c)) \(context)")
    }

    private mutating func parseString() throws -> String {
        index += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw DecodeError(description: "unexpected EOF") }
            index += 1
            switch c {
            case "\"": return String(out)
            case "\\":
                guard let e = peek() else { throw DecodeError(description: "unexpected EOF") }
                index += 1
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{c}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    let high = try parseHex4()
                    if (0xD800..<0xDC00).contains(high), peek() == "\\",
                       index + 1 < input.count, input[index + 1] == "u" {
                        let save = index
                        index += 2
                        let low = try parseHex4()
                        if (0xDC00..<0xE000).contains(low) {
                            let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            out.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                            continue
                        }
                        index = save
                    }
                    out.append(Unicode.Scalar(high) ?? "\u{FFFD}")
                default:
                    throw DecodeError(description: "invalid character \(goQuoteRune(e)) in string escape code")
                }
            default:
                if c.value < 0x20 {
                    throw DecodeError(description: "invalid character \(goQuoteRune(c)) in string literal")
                }
                out.append(c)
            }
        }
    }

    private mutating func parseHex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let c = peek() else { throw DecodeError(description: "unexpected EOF") }
            guard let d = UInt32(String(c), radix: 16) else {
                throw DecodeError(description: "invalid character \(goQuoteRune(c)) in \\u hexadecimal character escape")
            }
            v = v * 16 + d
            index += 1
        }
        return v
    }

    private mutating func parseNumber() throws -> Value {
        let start = index
        if peek() == "-" { index += 1 }
        guard let first = peek(), ("0"..."9").contains(first) else { throw unexpected("in numeric literal") }
        if first == "0" { index += 1 } else { skipDigits() }
        if peek() == "." {
            index += 1
            guard let d = peek(), ("0"..."9").contains(d) else { throw unexpected("after decimal point in numeric literal") }
            skipDigits()
        }
        if peek() == "e" || peek() == "E" {
            index += 1
            if peek() == "+" || peek() == "-" { index += 1 }
            guard let d = peek(), ("0"..."9").contains(d) else { throw unexpected("in exponent of numeric literal") }
            skipDigits()
        }
        let text = Array(input[start..<index]).string
        guard let d = Double(text), d.isFinite else {
            throw DecodeError(description: "json: cannot unmarshal number \(text) into Go value of type float64")
        }
        return .float64(d)
    }

    private mutating func skipDigits() {
        while let c = peek(), ("0"..."9").contains(c) { index += 1 }
    }
}
