/// Go's `netip.ParseAddr`, which net/url uses to check bracketed hosts: it reports which family the
/// text is, or Go's exact error (`ParseAddr("abc"): unable to parse IP`). The schema `ipv6` format
/// uses it too.
public enum GoNetIPAddr {
    public enum Family { case v4, v6 }

    public static func parse(_ s: [UInt8]) -> Result<Family, ParseError> {
        for c in s {
            switch c {
            case UInt8(ascii: "."): return parseIPv4(s).map { _ in .v4 }
            case UInt8(ascii: ":"): return parseIPv6(s).map { _ in .v6 }
            case UInt8(ascii: "%"): return .failure(ParseError(input: s, message: "missing IPv6 address"))
            default: continue
            }
        }
        return .failure(ParseError(input: s, message: "unable to parse IP"))
    }

    /// `net.ParseIP(s).To4()`-style bytes as x509 writes them into a certificate: 4 bytes for IPv4 and
    /// IPv4-mapped IPv6, else 16; nil for text that is not an address (zones included).
    static func certificateBytes(_ text: String) -> [UInt8]? {
        let s = Array(text.utf8)
        guard !s.contains(UInt8(ascii: "%")) else { return nil }
        if s.contains(UInt8(ascii: ":")) {
            guard case .success(let ip) = parseIPv6(s) else { return nil }
            let mapped = ip[0..<10].allSatisfy { $0 == 0 } && ip[10] == 0xFF && ip[11] == 0xFF
            return mapped ? Array(ip[12...]) : ip
        }
        guard case .success(let fields) = parseIPv4(s) else { return nil }
        return fields
    }

    public struct ParseError: Error, CustomStringConvertible {
        let input: [UInt8]
        let message: String
        var at: [UInt8] = []

        public var description: String {
            let head = "ParseAddr(" + GoURLEscaping.quote(input) + "): " + message
            return at.isEmpty ? head : head + " (at " + GoURLEscaping.quote(at) + ")"
        }
    }

    private static func parseIPv4(_ s: [UInt8]) -> Result<[UInt8], ParseError> {
        parseIPv4Fields(s, s[...])
    }

    /// Dotted decimal with exactly four fields, no leading zeros, each at most 255.
    private static func parseIPv4Fields(_ input: [UInt8], _ s: ArraySlice<UInt8>) -> Result<[UInt8], ParseError> {
        var fields: [UInt8] = []
        var value = 0, digits = 0
        for i in s.indices {
            let c = s[i]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                if digits == 1 && value == 0 {
                    return .failure(ParseError(input: input, message: "IPv4 field has octet with leading zero"))
                }
                value = value * 10 + Int(c - UInt8(ascii: "0"))
                digits += 1
                if value > 255 { return .failure(ParseError(input: input, message: "IPv4 field has value >255")) }
            } else if c == UInt8(ascii: ".") {
                if i == s.startIndex || i == s.endIndex - 1 || s[i - 1] == UInt8(ascii: ".") {
                    return .failure(ParseError(input: input, message: "IPv4 field must have at least one digit",
                                               at: Array(s[i...])))
                }
                if fields.count == 3 { return .failure(ParseError(input: input, message: "IPv4 address too long")) }
                fields.append(UInt8(value))
                value = 0
                digits = 0
            } else {
                return .failure(ParseError(input: input, message: "unexpected character", at: Array(s[i...])))
            }
        }
        if fields.count < 3 { return .failure(ParseError(input: input, message: "IPv4 address too short")) }
        fields.append(UInt8(value))
        return .success(fields)
    }

    private static func parseIPv6(_ input: [UInt8]) -> Result<[UInt8], ParseError> {
        var s = input[...]
        var zoneLength = 0
        if let percent = input.firstIndex(of: UInt8(ascii: "%")) {
            s = input[..<percent]
            zoneLength = input.count - percent - 1
            if zoneLength == 0 {
                return .failure(ParseError(input: input, message: "zone must be a non-empty string"))
            }
        }
        func fail(_ message: String, _ at: ArraySlice<UInt8>? = nil) -> Result<[UInt8], ParseError> {
            .failure(ParseError(input: input, message: message, at: at.map(Array.init) ?? []))
        }
        var ip = [UInt8](repeating: 0, count: 16)
        var ellipsis = -1
        if s.count >= 2 && s[s.startIndex] == UInt8(ascii: ":") && s[s.startIndex + 1] == UInt8(ascii: ":") {
            ellipsis = 0
            s = s.dropFirst(2)
            if s.isEmpty { return .success(ip) }
        }
        var i = 0
        while i < 16 {
            var off = 0
            var acc: UInt32 = 0
            while off < s.count {
                let c = s[s.startIndex + off]
                guard let digit = hexValue(c) else { break }
                acc = acc << 4 + UInt32(digit)
                if off > 3 { return fail("each group must have 4 or less digits", s) }
                if acc > 0xFFFF { return fail("IPv6 field has value >=2^16", s) }
                off += 1
            }
            if off == 0 { return fail("each colon-separated field must have at least one digit", s) }
            if off < s.count && s[s.startIndex + off] == UInt8(ascii: ".") {
                if ellipsis < 0 && i != 12 {
                    return fail("embedded IPv4 address must replace the final 2 fields of the address", s)
                }
                if i + 4 > 16 { return fail("too many hex fields to fit an embedded IPv4 at the end of the address", s) }
                let end = input.count - (zoneLength > 0 ? zoneLength + 1 : 0)
                switch parseIPv4Fields(input, input[(end - s.count)..<end]) {
                case .failure(let error): return .failure(error)
                case .success(let fields): ip.replaceSubrange(i..<i + 4, with: fields)
                }
                s = s[s.endIndex...]
                i += 4
                break
            }
            ip[i] = UInt8(truncatingIfNeeded: acc >> 8)
            ip[i + 1] = UInt8(truncatingIfNeeded: acc)
            i += 2
            s = s.dropFirst(off)
            if s.isEmpty { break }
            if s[s.startIndex] != UInt8(ascii: ":") {
                return fail("unexpected character, want colon", s)
            } else if s.count == 1 {
                return fail("colon must be followed by more characters", s)
            }
            s = s.dropFirst()
            if s[s.startIndex] == UInt8(ascii: ":") {
                if ellipsis >= 0 { return fail("multiple :: in address", s) }
                ellipsis = i
                s = s.dropFirst()
                if s.isEmpty { break }
            }
        }
        if !s.isEmpty { return fail("trailing garbage after address", s) }
        if i < 16 {
            if ellipsis < 0 { return fail("address string too short") }
            let n = 16 - i
            var j = i - 1
            while j >= ellipsis {
                ip[j + n] = ip[j]
                j -= 1
            }
            for k in ellipsis..<ellipsis + n { ip[k] = 0 }
        } else if ellipsis >= 0 {
            return fail("the :: must expand to at least one field of zeros")
        }
        return .success(ip)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
