/// Go's `strconv.ParseInt`/`ParseUint` (base 0) and `ParseFloat` for template number literals:
/// prefixes 0x 0o 0b and legacy octal, `_` separators, hex floats.
enum GoNumberLiteral {
    private static func lower(_ c: UInt8) -> UInt8 { c | 0x20 }

    /// strconv's underscoreOK: underscores only between digits (or after a base prefix).
    static func underscoreOK(_ s: [UInt8]) -> Bool {
        var saw: UInt8 = UInt8(ascii: "^")
        var i = 0
        var s = s[...]
        if let f = s.first, f == 0x2D || f == 0x2B { s = s.dropFirst() }
        var hex = false
        let b = s.startIndex
        if s.count >= 2 && s[b] == 0x30 && [UInt8(ascii: "b"), UInt8(ascii: "o"), UInt8(ascii: "x")].contains(lower(s[b + 1])) {
            i = 2
            saw = 0x30
            hex = lower(s[b + 1]) == UInt8(ascii: "x")
        }
        while i < s.count {
            let c = s[b + i]
            i += 1
            if (c >= 0x30 && c <= 0x39) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66) {
                saw = 0x30
                continue
            }
            if c == 0x5F {
                if saw != 0x30 { return false }
                saw = 0x5F
                continue
            }
            if saw == 0x5F { return false }
            saw = UInt8(ascii: "!")
        }
        return saw != 0x5F
    }

    /// strconv.ParseUint(s, 0, 64); nil on any error.
    static func parseUint(_ text: String) -> UInt64? {
        let s0 = Array(text.utf8)
        guard !s0.isEmpty else { return nil }
        var s = s0[...]
        var base: UInt64 = 10
        if s.first == 0x30 {
            let b = s.startIndex
            if s.count >= 3 && lower(s[b + 1]) == UInt8(ascii: "b") { base = 2; s = s.dropFirst(2) }
            else if s.count >= 3 && lower(s[b + 1]) == UInt8(ascii: "o") { base = 8; s = s.dropFirst(2) }
            else if s.count >= 3 && lower(s[b + 1]) == UInt8(ascii: "x") { base = 16; s = s.dropFirst(2) }
            else { base = 8; s = s.dropFirst(1) }
        }
        var n: UInt64 = 0
        var underscores = false
        for c in s {
            if c == 0x5F { underscores = true; continue }
            let d: UInt64
            if c >= 0x30 && c <= 0x39 { d = UInt64(c - 0x30) }
            else if lower(c) >= 0x61 && lower(c) <= 0x7A { d = UInt64(lower(c) - 0x61 + 10) }
            else { return nil }
            if d >= base { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: base)
            let (r, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            n = r
        }
        if underscores && !underscoreOK(s0) { return nil }
        return n
    }

    /// strconv.ParseInt(s, 0, 64); nil on any error.
    static func parseInt(_ text: String) -> Int64? {
        var body = Substring(text)
        var negative = false
        if let f = body.first, f == "+" || f == "-" {
            negative = f == "-"
            body = body.dropFirst()
        }
        guard let u = parseUint(String(body)) else { return nil }
        if negative {
            if u > UInt64(Int64.max) + 1 { return nil }
            return u == UInt64(Int64.max) + 1 ? Int64.min : -Int64(u)
        }
        if u > UInt64(Int64.max) { return nil }
        return Int64(u)
    }

    /// strconv.ParseFloat(s, 64); nil on syntax errors and on overflow (Go returns ±Inf with an error).
    static func parseFloat(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        var i = 0
        if i < bytes.count && (bytes[i] == 0x2B || bytes[i] == 0x2D) { i += 1 }
        var hex = false
        if i + 2 < bytes.count && bytes[i] == 0x30 && lower(bytes[i + 1]) == UInt8(ascii: "x") {
            hex = true
            i += 2
        }
        var mantissaDigits = 0
        var sawDot = false
        var underscores = false
        var cleaned: [UInt8] = Array(bytes[0..<i])
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x5F { underscores = true; i += 1; continue }
            if c == 0x2E {
                if sawDot { return nil }
                sawDot = true
            } else if (c >= 0x30 && c <= 0x39) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66) {
                mantissaDigits += 1
            } else {
                break
            }
            cleaned.append(c)
            i += 1
        }
        guard mantissaDigits > 0 else { return nil }
        if underscores && !underscoreOK(Array(bytes[0..<i])) { return nil }
        let expChar = hex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        if i < bytes.count && lower(bytes[i]) == expChar {
            cleaned.append(bytes[i])
            i += 1
            if i < bytes.count && (bytes[i] == 0x2B || bytes[i] == 0x2D) { cleaned.append(bytes[i]); i += 1 }
            var expDigits = 0
            while i < bytes.count && ((bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == 0x5F) {
                if bytes[i] != 0x5F { cleaned.append(bytes[i]); expDigits += 1 }
                i += 1
            }
            guard expDigits > 0 else { return nil }
        } else if hex {
            return nil // Hex mantissa needs a 'p' exponent.
        }
        guard i == bytes.count else { return nil }
        guard let d = Double(String(decoding: cleaned, as: UTF8.self)), d.isFinite else { return nil }
        return d
    }
}
