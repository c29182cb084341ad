/// Go's `strconv.ParseInt`/`ParseUint` (base 0 or a given base) and `ParseFloat` for the inputs the YAML
/// resolver feeds them. nil stands for any error (syntax or range). The byte-buffer forms let the
/// resolver parse a scalar where libyaml left it, without copying.
enum GoNumberParsing {
    /// `strconv.ParseInt(s, base, 64)`; base 0 reads `0x`, `0o`, `0b` and leading-`0` octal prefixes.
    static func parseInt(_ s: [UInt8], base: Int = 0) -> Int64? {
        s.withUnsafeBufferPointer { parseInt($0, base: base) }
    }

    static func parseInt(_ s: UnsafeBufferPointer<UInt8>, base: Int = 0) -> Int64? {
        guard let first = s.first else { return nil }
        var negative = false
        var digits = s
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            digits = UnsafeBufferPointer(rebasing: s[1...])
        }
        guard let magnitude = parseUint(digits, base: base) else { return nil }
        if negative {
            if magnitude > UInt64(Int64.max) &+ 1 { return nil }
            return magnitude == UInt64(Int64.max) &+ 1 ? Int64.min : -Int64(magnitude)
        }
        return magnitude > UInt64(Int64.max) ? nil : Int64(magnitude)
    }

    /// `strconv.ParseUint(s, base, 64)`: no sign allowed.
    static func parseUint(_ s: [UInt8], base: Int = 0) -> UInt64? {
        s.withUnsafeBufferPointer { parseUint($0, base: base) }
    }

    static func parseUint(_ s: UnsafeBufferPointer<UInt8>, base: Int = 0) -> UInt64? {
        guard !s.isEmpty else { return nil }
        var radix = UInt64(base)
        var start = 0
        if base == 0 {
            radix = 10
            if s[0] == UInt8(ascii: "0") {
                let second = s.count >= 3 ? s[1] | 0x20 : 0
                switch second {
                case UInt8(ascii: "b"): radix = 2; start = 2
                case UInt8(ascii: "o"): radix = 8; start = 2
                case UInt8(ascii: "x"): radix = 16; start = 2
                default: radix = 8; start = 1
                }
            }
        }
        var value: UInt64 = 0
        var i = start
        while i < s.count {
            let c = s[i]
            i += 1
            let d: UInt64
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt64(c &- 48)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): d = UInt64(c &- 87)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): d = UInt64(c &- 55)
            default: return nil
            }
            guard d < radix else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            value = a
        }
        return value
    }

    /// go-yaml's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    static func isYAMLStyleFloat(_ s: [UInt8]) -> Bool {
        s.withUnsafeBufferPointer { isYAMLStyleFloat($0) }
    }

    static func isYAMLStyleFloat(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = s.count
        if i < n, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
        if i < n, s[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < n, isDigit(s[i]) { i += 1 }
            if i == start { return false }
        } else {
            let start = i
            while i < n, isDigit(s[i]) { i += 1 }
            if i == start { return false }
            if i < n, s[i] == UInt8(ascii: ".") {
                i += 1
                while i < n, isDigit(s[i]) { i += 1 }
            }
        }
        if i < n, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
            let start = i
            while i < n, isDigit(s[i]) { i += 1 }
            if i == start { return false }
        }
        return i == n
    }

    /// `strconv.ParseFloat(s, 64)` for decimal text: correctly rounded; out of range is an error.
    static func parseFloat(_ s: [UInt8]) -> Double? {
        s.withUnsafeBufferPointer { parseFloat($0) }
    }

    static func parseFloat(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        guard isYAMLStyleFloat(s), let f = Double(String(decoding: s, as: UTF8.self)) else { return nil }
        return f.isInfinite ? nil : f
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
