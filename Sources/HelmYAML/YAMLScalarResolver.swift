/// go-yaml v2's `resolve`: YAML 1.1 implicit typing of scalars (`yes` is a bool, `0755` is octal, `1_000`
/// is an int, `2001-12-14` is a timestamp) and checking of explicit tags (`!!int abc` fails).
///
/// Works on the scalar's UTF-8 bytes, so the common verdict ("a plain word is a string") costs a look
/// at its first byte and no string is built until one is needed.
enum YAMLScalarResolver {
    /// The verdict on an untagged plain scalar; strings and timestamps keep their text, which the
    /// caller already has.
    enum PlainResolution {
        case string
        /// Looks like a timestamp; go-yaml v2 keeps the original text as a string for `interface{}`.
        case timestamp
        /// Anything but a string or timestamp.
        case value(ResolvedScalar)
    }

    /// Resolves a scalar the way go-yaml v2 does for `tag` ("" when untagged).
    static func resolve(tag: String, value: String) throws -> ResolvedScalar {
        var value = value
        return try value.withUTF8 { try resolve(tag: tag, text: $0) }
    }

    static func resolve(tag: String, text: UnsafeBufferPointer<UInt8>) throws -> ResolvedScalar {
        func string() -> String { String(decoding: text, as: UTF8.self) }
        guard isResolvable(tag) else {
            if tag == YAMLTag.binary { return try decodeBinary(string()) }
            // Unknown tags (`!foo`, `!`) keep the text.
            return .string(string())
        }
        if tag == YAMLTag.str { return .string(string()) }
        let resolved: ResolvedScalar
        switch resolvePlain(text, allowTimestamp: tag.isEmpty || tag == YAMLTag.timestamp) {
        case .string: resolved = .string(string())
        case .timestamp: resolved = .timestamp(string())
        case .value(let v): resolved = v
        }
        let resolvedTag = tagOf(resolved)
        switch tag {
        case "", resolvedTag:
            return resolved
        case YAMLTag.float:
            if case .int(let i) = resolved { return .float(Double(i)) }
        default:
            break
        }
        throw YAMLError("yaml: cannot decode \(YAMLTag.short(resolvedTag)) `\(string())` as a \(YAMLTag.short(tag))")
    }

    /// True when the plain text would read back as a string: go-yaml v2's encoder quotes the others
    /// (and base-60 floats such as `1:30`, for old parsers).
    static func isPlainString(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { isPlainString($0) }
    }

    static func isPlainString(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        switch resolvePlain(s, allowTimestamp: true) {
        case .string:
            // Base-60 floats start with a sign or digit and contain ':'.
            guard let c = s.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || isDigit(c) else {
                return true
            }
            return !isBase60Float(s)
        default: return false
        }
    }

    private static func isResolvable(_ tag: String) -> Bool {
        if tag.isEmpty { return true }
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
    static func resolvePlain(_ s: UnsafeBufferPointer<UInt8>, allowTimestamp: Bool) -> PlainResolution {
        guard let first = s.first else { return .value(.null) }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            if let special = lookupSpecial(s) { return .value(special) }
            return .string
        case UInt8(ascii: "."):
            if let special = lookupSpecial(s) { return .value(special) }
            if let f = GoNumberParsing.parseFloat(s) { return .value(.float(f)) }
            return .string
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let special = lookupSpecial(s) { return .value(special) }
            if allowTimestamp && GoYAMLTimestamp.matches(s) { return .timestamp }
            // go-yaml drops underscores before reading numbers.
            if s.contains(UInt8(ascii: "_")) {
                return s.filter { $0 != UInt8(ascii: "_") }.withUnsafeBufferPointer { resolveNumber($0) }
            }
            return resolveNumber(s)
        default:
            return .string
        }
    }

    private static func resolveNumber(_ plain: UnsafeBufferPointer<UInt8>) -> PlainResolution {
        if let i = GoNumberParsing.parseInt(plain) { return .value(.int(i)) }
        if let u = GoNumberParsing.parseUint(plain) { return .value(.uint(u)) }
        if GoNumberParsing.isYAMLStyleFloat(plain), let f = GoNumberParsing.parseFloat(plain) {
            return .value(.float(f))
        }
        let zero = UInt8(ascii: "0"), b = UInt8(ascii: "b"), minus = UInt8(ascii: "-")
        if plain.count >= 2 && plain[0] == zero && plain[1] == b {
            let digits = UnsafeBufferPointer(rebasing: plain[2...])
            if let i = GoNumberParsing.parseInt(digits, base: 2) { return .value(.int(i)) }
            if let u = GoNumberParsing.parseUint(digits, base: 2) { return .value(.uint(u)) }
        } else if plain.count >= 3 && plain[0] == minus && plain[1] == zero && plain[2] == b {
            if let i = GoNumberParsing.parseInt([minus] + plain[3...], base: 2) { return .value(.int(i)) }
        }
        return .string
    }

    /// The special words, keyed by `packed`.
    private static let specials: [UInt64: ResolvedScalar] = {
        var table = [UInt64: ResolvedScalar]()
        func add(_ words: [String], _ value: ResolvedScalar) {
            for word in words {
                var word = word
                if let key = word.withUTF8({ packed($0) }) { table[key] = value }
            }
        }
        add(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"], .bool(true))
        add(["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"], .bool(false))
        add(["", "~", "null", "Null", "NULL"], .null)
        add([".nan", ".NaN", ".NAN"], .float(.nan))
        add([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"], .float(.infinity))
        add(["-.inf", "-.Inf", "-.INF"], .float(-.infinity))
        add(["<<"], .merge)
        return table
    }()

    /// Up to six bytes and their count in one integer (every special word is at most 6 bytes long).
    private static func packed(_ s: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard s.count <= 6 else { return nil }
        var key = UInt64(s.count) << 56
        for (i, c) in s.enumerated() { key |= UInt64(c) << UInt64(8 * i) }
        return key
    }

    private static func lookupSpecial(_ s: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
        guard let key = packed(s) else { return nil }
        return specials[key]
    }

    /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
    static func isBase60Float(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
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
