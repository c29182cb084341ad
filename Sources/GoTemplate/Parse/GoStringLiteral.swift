/// Go's `strconv.Unquote` and `strconv.UnquoteChar` for template string and character literals.
enum GoStringLiteral {
    struct SyntaxError: Error {}

    /// Unquotes a "…" or `…` literal; throws on anything strconv.Unquote rejects ("invalid syntax").
    static func unquote(_ literal: String) throws -> String {
        GoUTF8.lossyString(try unquote(bytes: Array(literal.utf8)))
    }

    /// `strconv.Unquote` on the literal's bytes: the Go string's bytes, which `\x` and octal escapes or
    /// a raw (backquoted) literal's own bytes can leave invalid; in a "…" literal an invalid source byte
    /// becomes U+FFFD, as Go's UnquoteChar decodes it.
    static func unquote(bytes: [UInt8]) throws -> [UInt8] {
        guard bytes.count >= 2, let quote = bytes.first, bytes.last == quote else { throw SyntaxError() }
        let body = bytes[1..<(bytes.count - 1)]
        if quote == UInt8(ascii: "`") {
            if body.contains(UInt8(ascii: "`")) { throw SyntaxError() }
            // Raw strings drop carriage returns, as Go's lexer does.
            return body.filter { $0 != 0x0D }
        }
        guard quote == UInt8(ascii: "\"") else { throw SyntaxError() }
        if !body.contains(0x5C) && !body.contains(quote) && !body.contains(0x0A)
            && String(validating: body, as: UTF8.self) != nil {
            return Array(body)
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            if body[i] == quote || body[i] == 0x0A { throw SyntaxError() }
            try unquoteChar(body, &i, quote: quote, into: &out)
        }
        return out
    }

    /// Decodes one (possibly escaped) character starting at `i`, appending its UTF-8 bytes.
    /// Returns the rune value (for character constants).
    @discardableResult
    static func unquoteChar(_ s: ArraySlice<UInt8>, _ i: inout Int, quote: UInt8, into out: inout [UInt8]) throws -> UInt32 {
        let c = s[i]
        if c == quote && (quote == 0x27 || quote == 0x22) { throw SyntaxError() }
        if c >= 0x80 {
            // A multi-byte UTF-8 rune is copied whole; an invalid byte decodes as U+FFFD of width 1.
            let rest = Array(s[i..<min(i + 4, s.endIndex)])
            if let (scalar, width) = GoUTF8.decodeValidRune(rest, at: 0) {
                out.append(contentsOf: rest[0..<width])
                i += width
                return scalar.value
            }
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            i += 1
            return 0xFFFD
        }
        if c != 0x5C {
            out.append(c)
            i += 1
            return UInt32(c)
        }
        guard i + 1 < s.endIndex else { throw SyntaxError() }
        let e = s[i + 1]
        i += 2
        func simple(_ v: UInt8) -> UInt32 { out.append(v); return UInt32(v) }
        switch e {
        case UInt8(ascii: "a"): return simple(0x07)
        case UInt8(ascii: "b"): return simple(0x08)
        case UInt8(ascii: "f"): return simple(0x0C)
        case UInt8(ascii: "n"): return simple(0x0A)
        case UInt8(ascii: "r"): return simple(0x0D)
        case UInt8(ascii: "t"): return simple(0x09)
        case UInt8(ascii: "v"): return simple(0x0B)
        case 0x5C: return simple(0x5C)
        case 0x27, 0x22:
            guard e == quote else { throw SyntaxError() }
            return simple(e)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
            guard i + n <= s.endIndex else { throw SyntaxError() }
            var v: UInt32 = 0
            for k in 0..<n {
                guard let d = hexValue(s[i + k]) else { throw SyntaxError() }
                v = v << 4 | UInt32(d)
            }
            i += n
            if e == UInt8(ascii: "x") {
                // A single byte, not a rune: it may leave the string invalid UTF-8.
                out.append(UInt8(v))
                return v
            }
            guard let scalar = Unicode.Scalar(v) else { throw SyntaxError() }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            return v
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard i + 2 <= s.endIndex else { throw SyntaxError() }
            var v = UInt32(e - 0x30)
            for k in 0..<2 {
                let d = s[i + k]
                guard d >= 0x30 && d <= 0x37 else { throw SyntaxError() }
                v = v << 3 | UInt32(d - 0x30)
            }
            guard v <= 255 else { throw SyntaxError() }
            i += 2
            out.append(UInt8(v))
            return v
        default:
            throw SyntaxError()
        }
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }
}
