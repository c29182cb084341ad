import GoTemplate

/// The percent-encoding rules of Go's net/url, per URL component. Works on bytes because Go's strings
/// are bytes: `%ff` unescapes to a lone byte, and escaping looks at UTF-8 bytes, not characters.
enum GoURLEscaping {
    enum Mode { case path, pathSegment, host, zone, userPassword, queryComponent, fragment }

    struct EscapeError: Error {
        /// The offending text, e.g. `invalid URL escape "%zz"` or `invalid character " " in host name`.
        let message: String
    }

    static func shouldEscape(_ c: UInt8, _ mode: Mode) -> Bool {
        if isAlphanumeric(c) { return false }
        if mode == .host || mode == .zone {
            // Hosts may hold sub-delims, ":" and "[]" for ports and IPv6 literals, and "<>\"" which Parse
            // would otherwise reject once escaped.
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                 UInt8(ascii: ">"), UInt8(ascii: "\""):
                return false
            default: break
            }
        }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            switch mode {
            case .path: return c == UInt8(ascii: "?")
            case .pathSegment:
                return c == UInt8(ascii: "/") || c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == UInt8(ascii: "?")
            case .userPassword:
                return c == UInt8(ascii: "@") || c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":")
            case .queryComponent: return true
            case .fragment: return false
            case .host, .zone: break
            }
        default: break
        }
        if mode == .fragment {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"): return false
            default: break
            }
        }
        return true
    }

    static func escape(_ s: [UInt8], _ mode: Mode) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s {
            if c == UInt8(ascii: " ") && mode == .queryComponent {
                out.append(UInt8(ascii: "+"))
            } else if shouldEscape(c, mode) {
                out += [UInt8(ascii: "%"), hex[Int(c >> 4)], hex[Int(c & 15)]]
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func unescape(_ s: [UInt8], _ mode: Mode) throws -> [UInt8] {
        var i = 0
        while i < s.count {
            switch s[i] {
            case UInt8(ascii: "%"):
                guard i + 2 < s.count, isHex(s[i + 1]), isHex(s[i + 2]) else {
                    throw invalidEscape(Array(s[i..<min(i + 3, s.count)]))
                }
                let triple = Array(s[i..<i + 3])
                let isPercent = triple == Array("%25".utf8)
                // Hosts may only %-encode non-ASCII bytes (and %25 in IPv6 zones, RFC 6874).
                if mode == .host && unhex(s[i + 1]) < 8 && !isPercent { throw invalidEscape(triple) }
                if mode == .zone {
                    let v = unhex(s[i + 1]) << 4 | unhex(s[i + 2])
                    if !isPercent && v != UInt8(ascii: " ") && shouldEscape(v, .host) { throw invalidEscape(triple) }
                }
                i += 3
            default:
                if (mode == .host || mode == .zone) && s[i] < 0x80 && shouldEscape(s[i], mode) {
                    throw EscapeError(message: "invalid character " + quote([s[i]]) + " in host name")
                }
                i += 1
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        i = 0
        while i < s.count {
            switch s[i] {
            case UInt8(ascii: "%"):
                out.append(unhex(s[i + 1]) << 4 | unhex(s[i + 2]))
                i += 3
            case UInt8(ascii: "+"):
                out.append(mode == .queryComponent ? UInt8(ascii: " ") : UInt8(ascii: "+"))
                i += 1
            default:
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    /// Go's `strconv.Quote` of a byte string, as its URL errors print it.
    static func quote(_ bytes: [UInt8]) -> String {
        GoFormat.quote(String(decoding: bytes, as: UTF8.self))
    }

    static func isHex(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f"))
            || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F"))
    }

    private static func unhex(_ c: UInt8) -> UInt8 {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return 0
        }
    }

    private static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }

    private static func invalidEscape(_ text: [UInt8]) -> EscapeError {
        EscapeError(message: "invalid URL escape " + quote(text))
    }
}
