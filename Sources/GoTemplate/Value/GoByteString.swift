/// Go strings are byte strings: slicing (`trunc`, `substr`), `b64dec`, `\x` escapes or a binary file can
/// leave bytes that are not UTF-8, and Go keeps them through printing, concatenation, `len` and
/// comparison. A Swift `String` cannot hold them, so such a string is a `Value.rawString` of its exact
/// bytes; every valid string stays a `.string` (the fast path), and a `.rawString` is never valid UTF-8.
extension Value {
    /// The Go string with these bytes: `.string` when they are valid UTF-8, `.rawString` otherwise.
    public static func goString<Bytes: Collection>(_ bytes: Bytes) -> Value where Bytes.Element == UInt8 {
        if let text = String(validating: bytes, as: UTF8.self) { return .string(text) }
        return .rawString(Array(bytes))
    }

    /// The bytes of a Go string value (`.string` or `.rawString`); nil for anything else.
    public var goStringBytes: [UInt8]? {
        switch self {
        case .string(let s): return Array(s.utf8)
        case .rawString(let bytes): return bytes
        default: return nil
        }
    }

    /// Whether the value is a Go string (valid UTF-8 or not).
    public var isGoString: Bool {
        switch self {
        case .string, .rawString: return true
        default: return false
        }
    }

    /// Whether the value is a Go string holding bytes that are not UTF-8.
    public var isRawString: Bool {
        if case .rawString = self { return true }
        return false
    }
}

/// Go's `unicode/utf8` decoding, where every byte that does not start a valid sequence is one
/// U+FFFD of width 1 (Swift's decoder would merge a truncated sequence into a single U+FFFD).
public enum GoUTF8 {
    /// The text Go produces when it ranges over the bytes as runes (`for _, r := range s`,
    /// `strings.Map`, `[]rune(s)`): each invalid byte becomes U+FFFD.
    public static func lossyString<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let array = Array(bytes)
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < array.count {
            let (scalar, width) = decodeRune(array, at: i)
            scalars.append(scalar)
            i += width
        }
        return String(scalars)
    }

    /// `utf8.DecodeRune`: the scalar at `i` and its width, or nil with width 1 for an invalid byte.
    public static func decodeRune(_ b: [UInt8], at i: Int) -> (scalar: Unicode.Scalar, width: Int) {
        guard let (scalar, width) = decodeValidRune(b, at: i) else { return ("\u{FFFD}", 1) }
        return (scalar, width)
    }

    /// `utf8.DecodeRune` telling an invalid byte apart from a literal U+FFFD: nil for an invalid byte.
    public static func decodeValidRune(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        guard i >= 0, i < b.count else { return nil }
        let c0 = b[i]
        if c0 < 0x80 { return (Unicode.Scalar(c0), 1) }
        let n = b.count
        func continuation(_ j: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard j < n, b[j] >= low, b[j] <= high else { return nil }
            return UInt32(b[j] & 0x3F)
        }
        func scalar(_ v: UInt32, _ width: Int) -> (Unicode.Scalar, Int)? {
            Unicode.Scalar(v).map { ($0, width) }
        }
        switch c0 {
        case 0xC2...0xDF:
            guard let c1 = continuation(i + 1) else { return nil }
            return scalar(UInt32(c0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            let low: UInt8 = c0 == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = c0 == 0xED ? 0x9F : 0xBF
            guard let c1 = continuation(i + 1, low, high), let c2 = continuation(i + 2) else { return nil }
            return scalar(UInt32(c0 & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            let low: UInt8 = c0 == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = c0 == 0xF4 ? 0x8F : 0xBF
            guard let c1 = continuation(i + 1, low, high), let c2 = continuation(i + 2),
                  let c3 = continuation(i + 3) else { return nil }
            return scalar(UInt32(c0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default:
            return nil
        }
    }

    /// Go's `string(rune(b))` for each byte: the Latin-1 reading some Sprig helpers (goutils' `Initials`,
    /// `DeleteWhiteSpace`) apply to a string's bytes.
    public static func latin1String<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }
}

/// Go compares strings byte by byte; Swift's `==` on `String` compares canonical equivalents as equal
/// (`"é"` precomposed equals `"e\u{301}"`), which Go does not.
@inlinable
public func goStringEqual(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && x.elementsEqual(y) } }
}
