/// Runs a `String`-based implementation on a string that is not UTF-8 by writing each invalid byte as a
/// private-use scalar (U+10FF80…U+10FFFF) and back afterwards. Right for functions that treat an invalid
/// byte as one opaque rune and copy it (regular expressions, paths, wrapping); those that write runes
/// (case mapping) read it as U+FFFD instead, through `Value.stringValue`.
public enum RawByteEscape {
    private static let base: UInt32 = 0x10FF00

    /// The escaped text, or nil when the string already holds scalars from the escape range.
    public static func escape(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            if let (scalar, width) = GoUTF8.decodeValidRune(bytes, at: i) {
                if scalar.value >= base + 0x80 { return nil }
                scalars.append(scalar)
                i += width
            } else {
                scalars.append(Unicode.Scalar(base | UInt32(bytes[i])) ?? "\u{FFFD}")
                i += 1
            }
        }
        return String(scalars)
    }

    /// The Go string an escaped text stands for.
    public static func unescape(_ text: String) -> Value {
        guard text.unicodeScalars.contains(where: isEscape) else { return .string(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isEscape(scalar) {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        return Value.goString(bytes)
    }

    public static func isEscape(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= base + 0x80 && scalar.value <= base + 0xFF }

    /// The argument's text for a `String` implementation: valid strings as they are, others escaped
    /// (falling back to Go's U+FFFD reading in the unlikely case the text already uses the escape range).
    public static func text(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .rawString(let bytes), .bytes(let bytes): return escape(bytes) ?? GoUTF8.lossyString(bytes)
        default: return GoFormat.sprint([v])
        }
    }

    /// Applies `body` to the arguments' texts, mapping escapes back in the result, when any argument is
    /// not UTF-8; otherwise returns nil so the caller takes its ordinary path.
    public static func apply(_ args: [Value], _ body: ([String]) throws -> String) rethrows -> Value? {
        guard args.contains(where: { $0.isRawString }) else { return nil }
        return unescape(try body(args.map(text)))
    }
}
