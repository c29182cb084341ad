import GoTemplate

/// BurntSushi's string post-processing (parse.go): first-newline trimming, line-ending backslashes and
/// escape sequences. The lexer has already checked the escapes' shape.
enum TOMLStrings {
    static func stripFirstNewline(_ s: String) -> String {
        if s.hasPrefix("\n") { return String(s.dropFirst()) }
        if s.utf8.starts(with: [13, 10]) { return String(decoding: s.utf8.dropFirst(2), as: UTF8.self) }
        return s
    }

    /// A backslash followed only by whitespace up to a newline removes all whitespace after it.
    static func stripEscapedNewlines(_ text: String) -> String {
        var s = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        while true {
            guard let found = s[i...].firstIndex(of: UInt8(ascii: "\\")) else {
                out.append(contentsOf: s)
                return String(decoding: out, as: UTF8.self)
            }
            i = found
            if i + 1 < s.count, s[i + 1] == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            var j = i + 1
            while j < s.count, [UInt8(ascii: " "), 9, 13, 10].contains(s[j]) { j += 1 }
            if j == i + 1 || !s[i..<j].contains(10) {
                i += 1
                continue
            }
            out.append(contentsOf: s[..<i])
            s = Array(s[j...])
            i = 0
        }
    }

    static func replaceEscapes(_ text: String, line: Int, lastKey: String) throws -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            guard s[i] == "\\", i + 1 < s.count else {
                out.append(s[i])
                i += 1
                continue
            }
            let code = s[i + 1]
            i += 2
            switch code {
            case "b": out.append("\u{08}")
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "f": out.append("\u{0C}")
            case "r": out.append("\r")
            case "e": out.append("\u{1B}")
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "x", "u", "U":
                let count = code == "x" ? 2 : code == "u" ? 4 : 8
                let digits = String(String.UnicodeScalarView(s[i..<min(i + count, s.count)]))
                guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
                    throw TOMLParseError(message: "Escaped character '\\u\(digits)' is not valid UTF-8.",
                                         line: line, lastKey: lastKey)
                }
                out.append(scalar)
                i += count
            default:
                // Only `\ ` and `\<tab>` reach here: the lexer lets them through for line continuations.
                throw TOMLParseError(message: "invalid escape: '\\\(Character(code))'", line: line, lastKey: lastKey)
            }
        }
        return String(out)
    }
}

/// BurntSushi's `valueInteger` and `valueFloat`: TOML's extra rules, then Go's `strconv` parsing.
enum TOMLNumbers {
    static func integer(_ text: String, line: Int, lastKey: String) throws -> Value {
        func fail(_ message: String) -> TOMLParseError {
            TOMLParseError(message: message, line: line, lastKey: lastKey)
        }
        if !underscoresOK(text) {
            throw fail("Invalid integer \(GoFormat.quote(text)): underscores must be surrounded by digits")
        }
        if hasLeadingZero(text) { throw fail("Invalid integer \(GoFormat.quote(text)): cannot have leading zeroes") }
        let digits = Array(text.utf8.filter { $0 != UInt8(ascii: "_") })
        guard let n = GoNumberParsing.parseInt(digits) else { throw fail("\(text) is out of range for int64") }
        return .int64(n)
    }

    static func float(_ text: String, line: Int, lastKey: String) throws -> Value {
        func fail(_ message: String) -> TOMLParseError {
            TOMLParseError(message: message, line: line, lastKey: lastKey)
        }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "e" || $0 == "E" }).map(String.init)
        if !parts.allSatisfy(underscoresOK) {
            throw fail("Invalid float \(GoFormat.quote(text)): underscores must be surrounded by digits")
        }
        if let first = parts.first, hasLeadingZero(first) {
            throw fail("Invalid float \(GoFormat.quote(text)): cannot have leading zeroes")
        }
        if !periodsOK(text) {
            throw fail("Invalid float \(GoFormat.quote(text)): '.' must be followed by one or more digits")
        }
        let plain = text.replacingAll("_", with: "")
        switch plain {
        case "inf", "+inf": return .float64(.infinity)
        case "-inf": return .float64(-.infinity)
        case "nan", "+nan": return .float64(.nan)
        case "-nan": return .float64(-Double.nan)
        default: break
        }
        let bytes = Array(plain.utf8)
        guard GoNumberParsing.isYAMLStyleFloat(bytes), let value = Double(plain) else {
            throw fail("Invalid float value: \(GoFormat.quote(text))")
        }
        if value.isInfinite { throw fail("\(text) is out of range for float64") }
        return .float64(value)
    }

    /// Every underscore sits between hex-digit-like characters (BurntSushi's `numUnderscoresOK`).
    private static func underscoresOK(_ s: String) -> Bool {
        switch s {
        case "nan", "+nan", "-nan", "inf", "-inf", "+inf": return true
        default: break
        }
        var accept = false
        for r in s.unicodeScalars {
            if r == "_" && !accept { return false }
            accept = TOMLLexer.isHexadecimal(r)
        }
        return accept
    }

    private static func hasLeadingZero(_ s: String) -> Bool {
        let b = Array(s.utf8)
        if b.count > 1, b[0] == UInt8(ascii: "0"), ![UInt8(ascii: "b"), UInt8(ascii: "o"), UInt8(ascii: "x")].contains(b[1]) {
            return true
        }
        return b.count > 2 && (b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+")) && b[1] == UInt8(ascii: "0")
    }

    private static func periodsOK(_ s: String) -> Bool {
        var period = false
        for r in s.unicodeScalars {
            if period && !TOMLLexer.isDigit(r) { return false }
            period = r == "."
        }
        return !period
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for c in self { if c == target { result += replacement } else { result.append(c) } }
        return result
    }
}
