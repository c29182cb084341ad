/// go-yaml v2's `resolve`: YAML 1.1 implicit typing of scalars (`yes` is a bool, `0755` is octal, `1_000`
/// is an int, `2001-12-14` is a timestamp) and checking of explicit tags (`!!int abc` fails).
enum YAMLScalarResolver {
    /// Resolves a scalar the way go-yaml v2 does for `tag` ("" when untagged).
    static func resolve(tag: String, value: String) throws -> ResolvedScalar {
        guard isResolvable(tag) else {
            if tag == YAMLTag.binary { return try decodeBinary(value) }
            // Unknown tags (`!foo`, `!`) keep the text.
            return .string(value)
        }
        let resolved = resolveUntyped(value, allowTimestamp: tag.isEmpty || tag == YAMLTag.timestamp,
                                      skipTyping: tag == YAMLTag.str)
        let resolvedTag = tagOf(resolved)
        switch tag {
        case "", resolvedTag, YAMLTag.str:
            if tag == YAMLTag.str { return .string(value) }
            return resolved
        case YAMLTag.float:
            if case .int(let i) = resolved { return .float(Double(i)) }
        default:
            break
        }
        throw YAMLError("yaml: cannot decode \(YAMLTag.short(resolvedTag)) `\(value)` as a \(YAMLTag.short(tag))")
    }

    /// True when the plain text would read back as a string: go-yaml v2's encoder quotes the others
    /// (and base-60 floats such as `1:30`, for old parsers).
    static func isPlainString(_ s: String) -> Bool {
        switch resolveUntyped(s, allowTimestamp: true, skipTyping: false) {
        case .string:
            // Base-60 floats start with a sign or digit and contain ':'.
            guard let c = s.utf8.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || isDigit(c) else {
                return true
            }
            return !isBase60Float(Array(s.utf8))
        default: return false
        }
    }

    private static func isResolvable(_ tag: String) -> Bool {
        switch tag {
        case "", YAMLTag.str, YAMLTag.bool, YAMLTag.int, YAMLTag.float, YAMLTag.null, YAMLTag.timestamp:
            return true
        default:
            return false
        }
    }

    private static func tagOf(_ r: ResolvedScalar) -> String {
        switch r {
        case .null: return YAMLTag.null
        case .bool: return YAMLTag.bool
        case .int, .uint: return YAMLTag.int
        case .float: return YAMLTag.float
        case .string: return YAMLTag.str
        case .timestamp: return YAMLTag.timestamp
        case .binary: return YAMLTag.binary
        case .merge: return YAMLTag.merge
        }
    }

    private static func decodeBinary(_ text: String) throws -> ResolvedScalar {
        guard let bytes = Base64.decodeStd(text) else {
            throw YAMLError("yaml: !!binary value contains invalid base64 data")
        }
        return .binary(bytes)
    }

    /// The resolution of an untagged plain scalar.
    private static func resolveUntyped(_ s: String, allowTimestamp: Bool, skipTyping: Bool) -> ResolvedScalar {
        if skipTyping { return .string(s) }
        guard let first = s.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            return lookupSpecial(s) ?? .string(s)
        case UInt8(ascii: "."):
            if let special = lookupSpecial(s) { return special }
            if let f = GoNumberParsing.parseFloat(Array(s.utf8)) { return .float(f) }
            return .string(s)
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let special = lookupSpecial(s) { return special }
            let bytes = Array(s.utf8)
            if allowTimestamp && GoYAMLTimestamp.matches(bytes) { return .timestamp(s) }
            let plain = bytes.filter { $0 != UInt8(ascii: "_") }
            if let i = GoNumberParsing.parseInt(plain) { return .int(i) }
            if let u = GoNumberParsing.parseUint(plain) { return .uint(u) }
            if GoNumberParsing.isYAMLStyleFloat(plain), let f = GoNumberParsing.parseFloat(plain) {
                return .float(f)
            }
            if plain.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "b")]) {
                let digits = Array(plain.dropFirst(2))
                if let i = GoNumberParsing.parseInt(digits, base: 2) { return .int(i) }
                if let u = GoNumberParsing.parseUint(digits, base: 2) { return .uint(u) }
            } else if plain.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "0"), UInt8(ascii: "b")]) {
                if let i = GoNumberParsing.parseInt([UInt8(ascii: "-")] + plain.dropFirst(3), base: 2) {
                    return .int(i)
                }
            }
            return .string(s)
        default:
            return .string(s)
        }
    }

    private static func lookupSpecial(_ s: String) -> ResolvedScalar? {
        // Every special word is at most 6 bytes long.
        guard s.utf8.count <= 6 else { return nil }
        switch s {
        case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON":
            return .bool(true)
        case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF":
            return .bool(false)
        case "", "~", "null", "Null", "NULL":
            return .null
        case ".nan", ".NaN", ".NAN":
            return .float(.nan)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
            return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF":
            return .float(-.infinity)
        case "<<":
            return .merge
        default:
            return nil
        }
    }

    /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
    static func isBase60Float(_ s: [UInt8]) -> Bool {
        guard let c = s.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || isDigit(c),
              s.contains(UInt8(ascii: ":")) else { return false }
        var i = 0
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { i = 1 }
        guard i < s.count, isDigit(s[i]) else { return false }
        i += 1
        while i < s.count, isDigit(s[i]) || s[i] == UInt8(ascii: "_") { i += 1 }
        var groups = 0
        while i < s.count, s[i] == UInt8(ascii: ":") {
            i += 1
            // [0-5]?[0-9]: one digit, or a 0-5 digit followed by a digit.
            guard i < s.count, isDigit(s[i]) else { return false }
            if s[i] <= UInt8(ascii: "5"), i + 1 < s.count, isDigit(s[i + 1]) { i += 2 } else { i += 1 }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            while i < s.count, isDigit(s[i]) || s[i] == UInt8(ascii: "_") { i += 1 }
        }
        return i == s.count
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
