/// The parts of Go's `strconv` that Sprig's conversions (through spf13/cast) rely on. Go's number syntax
/// is not Swift's (base prefixes, `_` separators, `inf`), so parsing is checked here before converting.
enum GoStrconv {
    /// `strconv.ParseInt(s, 0, 64)`: optional sign, `0x`/`0o`/`0b`/leading-`0` prefixes, `_` between digits.
    /// Returns nil where Go returns an error (syntax or range).
    static func parseInt(base0 s: String) -> Int64? {
        var bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            negative = bytes[0] == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        guard !bytes.isEmpty else { return nil }
        var base: UInt64 = 10
        var digits = bytes[...]
        var prefixed = false
        if bytes[0] == UInt8(ascii: "0") && bytes.count > 1 {
            switch bytes[1] | 0x20 {
            case UInt8(ascii: "x"): base = 16; digits = bytes[2...]; prefixed = true
            case UInt8(ascii: "o"): base = 8; digits = bytes[2...]; prefixed = true
            case UInt8(ascii: "b"): base = 2; digits = bytes[2...]; prefixed = true
            default: base = 8; digits = bytes[1...]; prefixed = true
            }
        }
        guard underscoresAreValid(bytes[...], prefixed: prefixed) else { return nil }
        var magnitude: UInt64 = 0
        var sawDigit = false
        for b in digits where b != UInt8(ascii: "_") {
            guard let d = digitValue(b), UInt64(d) < base else { return nil }
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: base)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(d))
            if o1 || o2 { return nil }
            magnitude = m2
            sawDigit = true
        }
        // "0x" alone is a syntax error.
        guard sawDigit else { return nil }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        if magnitude > UInt64(Int64.max) { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseInt(s, base, 64)` for an explicit base: no prefixes, no underscores.
    static func parseInt(_ s: String, base: Int) -> Int64? {
        var bytes = Array(s.utf8)[...]
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if let f = bytes.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            negative = f == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { return nil }
        var magnitude: UInt64 = 0
        for b in bytes {
            guard let d = digitValue(b), d < base else { return nil }
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: UInt64(base))
            let (m2, o2) = m1.addingReportingOverflow(UInt64(d))
            if o1 || o2 { return nil }
            magnitude = m2
        }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return magnitude > UInt64(Int64.max) ? nil : Int64(magnitude)
    }

    /// `strconv.Atoi` (base 10, no prefixes, no underscores).
    static func atoi(_ s: String) -> Int? {
        var bytes = Array(s.utf8)[...]
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if bytes[bytes.startIndex] == UInt8(ascii: "+") || bytes[bytes.startIndex] == UInt8(ascii: "-") {
            negative = bytes[bytes.startIndex] == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { return nil }
        var magnitude: UInt64 = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(b - UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            magnitude = m2
        }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int.min : -Int(magnitude)
        }
        if magnitude > UInt64(Int.max) { return nil }
        return Int(magnitude)
    }

    /// The number `strconv.Atoi` returns along with its error, which Sprig's `atoi` ignores: 0 for a
    /// syntax error, the nearest int when out of range. Go's ParseUint gives up at the first digit
    /// that overflows 64 bits, so "99999999999999999999x" is out of range, not a syntax error.
    static func atoiIgnoringError(_ s: String) -> Int {
        if let value = atoi(s) { return value }
        var bytes = Array(s.utf8)[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var magnitude: UInt64 = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return 0 }
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(b - UInt8(ascii: "0")))
            if o1 || o2 { break }
            magnitude = m2
        }
        // Only an out-of-range number gets here with digits (atoi would have taken it otherwise).
        guard !bytes.isEmpty else { return 0 }
        return negative ? Int.min : Int.max
    }

    /// `strconv.ParseFloat(s, 64)`; nil where Go reports an error (including out-of-range values).
    static func parseFloat(_ s: String) -> Double? {
        var body = Substring(s)
        var sign = ""
        if let f = body.first, f == "+" || f == "-" {
            sign = f == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let lower = body.lowercased()
        if lower == "inf" || lower == "infinity" { return sign == "-" ? -.infinity : .infinity }
        if lower == "nan" { return .nan }
        let bytes = Array(body.utf8)
        guard !bytes.isEmpty else { return nil }
        let isHex = bytes.count > 2 && bytes[0] == UInt8(ascii: "0") && (bytes[1] | 0x20) == UInt8(ascii: "x")
        guard underscoresAreValid(bytes[...], prefixed: isHex) else { return nil }
        let cleaned = String(decoding: bytes.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        guard isWellFormedFloat(Array(cleaned.utf8), hex: isHex) else { return nil }
        guard let value = Double(sign + cleaned), value.isFinite else { return nil }
        return value
    }

    /// Go's float syntax: digits with an optional point and exponent; hex mantissas need a `p` exponent.
    private static func isWellFormedFloat(_ b: [UInt8], hex: Bool) -> Bool {
        var i = hex ? 2 : 0
        var mantissaDigits = 0
        var sawPoint = false
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: ".") {
                if sawPoint { return false }
                sawPoint = true
            } else if let d = digitValue(c), d < (hex ? 16 : 10) {
                mantissaDigits += 1
            } else {
                break
            }
            i += 1
        }
        guard mantissaDigits > 0 else { return false }
        if i == b.count { return !hex }
        let e = b[i] | 0x20
        guard e == (hex ? UInt8(ascii: "p") : UInt8(ascii: "e")) else { return false }
        i += 1
        if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
        guard i < b.count else { return false }
        while i < b.count {
            guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return false }
            i += 1
        }
        return true
    }

    private static func digitValue(_ b: UInt8) -> Int? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(b - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(b - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// Go's `underscoreOK`: `_` only between digits, or between a base prefix and a digit.
    private static func underscoresAreValid(_ s: ArraySlice<UInt8>, prefixed: Bool) -> Bool {
        guard s.contains(UInt8(ascii: "_")) else { return true }
        var bytes = Array(s)
        if let f = bytes.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { bytes.removeFirst() }
        // '^' start, '0' digit or base prefix, '_' underscore, '!' anything else.
        var saw: UInt8 = UInt8(ascii: "^")
        var i = 0
        var hex = false
        if bytes.count >= 2 && bytes[0] == UInt8(ascii: "0") {
            let p = bytes[1] | 0x20
            if p == UInt8(ascii: "x") || p == UInt8(ascii: "o") || p == UInt8(ascii: "b") {
                hex = p == UInt8(ascii: "x")
                i = 2
                saw = UInt8(ascii: "0")
            }
        }
        while i < bytes.count {
            let c = bytes[i]
            let isDigit = (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                || (hex && (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "f"))
            if isDigit {
                saw = UInt8(ascii: "0")
            } else if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
            } else {
                if saw == UInt8(ascii: "_") { return false }
                saw = UInt8(ascii: "!")
            }
            i += 1
        }
        return saw != UInt8(ascii: "_")
    }
}
