import GoTemplate

/// Go's `netip.ParseAddr`, as far as the `ipv6` format needs it: validity, the zone, and the error
/// texts (`ParseAddr("1::2::3"): multiple :: in address (at ":3")`).
enum GoNetIP {
    /// The zone (empty when none), or the error text.
    static func parseAddr(_ s: String) -> Result<String, SchemaFormatError> {
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "."): return parseIPv4(s).map { _ in "" }
            case UInt8(ascii: ":"): return parseIPv6(s)
            case UInt8(ascii: "%"): return .failure(error(s, "missing IPv6 address"))
            default: continue
            }
        }
        return .failure(error(s, "unable to parse IP"))
    }

    private static func error(_ input: String, _ message: String, at: [UInt8]? = nil) -> SchemaFormatError {
        var text = "ParseAddr(\(GoFormat.quote(input))): \(message)"
        if let at, !at.isEmpty { text += " (at \(GoFormat.quote(String(decoding: at, as: UTF8.self))))" }
        return SchemaFormatError(text)
    }

    private static func parseIPv4(_ s: String) -> Result<Void, SchemaFormatError> {
        let bytes = Array(s.utf8)
        return parseIPv4Fields(s, bytes[...])
    }

    private static func parseIPv4Fields(_ input: String, _ s: ArraySlice<UInt8>) -> Result<Void, SchemaFormatError> {
        var value = 0
        var position = 0
        var digits = 0
        let b = Array(s)
        for i in b.indices {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                if digits == 1 && value == 0 { return .failure(error(input, "IPv4 field has octet with leading zero")) }
                value = value * 10 + Int(c - 0x30)
                digits += 1
                if value > 255 { return .failure(error(input, "IPv4 field has value >255")) }
            } else if c == UInt8(ascii: ".") {
                if i == 0 || i == b.count - 1 || b[i - 1] == UInt8(ascii: ".") {
                    return .failure(error(input, "IPv4 field must have at least one digit", at: Array(b[i...])))
                }
                if position == 3 { return .failure(error(input, "IPv4 address too long")) }
                position += 1
                value = 0
                digits = 0
            } else {
                return .failure(error(input, "unexpected character", at: Array(b[i...])))
            }
        }
        if position < 3 { return .failure(error(input, "IPv4 address too short")) }
        return .success(())
    }

    private static func parseIPv6(_ input: String) -> Result<String, SchemaFormatError> {
        var s = Array(input.utf8)[...]
        var zone = ""
        if let percent = s.firstIndex(of: UInt8(ascii: "%")) {
            zone = String(decoding: s[(percent + 1)...], as: UTF8.self)
            s = s[..<percent]
            if zone.isEmpty { return .failure(error(input, "zone must be a non-empty string")) }
        }
        var ellipsis = -1
        if s.count >= 2 && s[s.startIndex] == UInt8(ascii: ":") && s[s.startIndex + 1] == UInt8(ascii: ":") {
            ellipsis = 0
            s = s.dropFirst(2)
            if s.isEmpty { return .success(zone) }
        }
        var i = 0
        while i < 16 {
            var off = 0
            var acc: UInt32 = 0
            while off < s.count {
                let c = s[s.startIndex + off]
                let digit: UInt32
                switch c {
                case 0x30...0x39: digit = UInt32(c - 0x30)
                case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
                case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
                default: digit = 16
                }
                if digit == 16 { break }
                acc = (acc << 4) + digit
                if off > 3 { return .failure(error(input, "each group must have 4 or less digits", at: Array(s))) }
                if acc > 0xFFFF { return .failure(error(input, "IPv6 field has value >=2^16", at: Array(s))) }
                off += 1
            }
            if off == 0 {
                return .failure(error(input, "each colon-separated field must have at least one digit", at: Array(s)))
            }
            if off < s.count && s[s.startIndex + off] == UInt8(ascii: ".") {
                if ellipsis < 0 && i != 12 {
                    return .failure(error(input, "embedded IPv4 address must replace the final 2 fields of the address", at: Array(s)))
                }
                if i + 4 > 16 {
                    return .failure(error(input, "too many hex fields to fit an embedded IPv4 at the end of the address", at: Array(s)))
                }
                if case .failure(let e) = parseIPv4Fields(input, s) { return .failure(e) }
                s = s[s.endIndex...]
                i += 4
                break
            }
            i += 2
            s = s.dropFirst(off)
            if s.isEmpty { break }
            if s.first != UInt8(ascii: ":") {
                return .failure(error(input, "unexpected character, want colon", at: Array(s)))
            } else if s.count == 1 {
                return .failure(error(input, "colon must be followed by more characters", at: Array(s)))
            }
            s = s.dropFirst()
            if s.first == UInt8(ascii: ":") {
                if ellipsis >= 0 { return .failure(error(input, "multiple :: in address", at: Array(s))) }
                ellipsis = i
                s = s.dropFirst()
                if s.isEmpty { break }
            }
        }
        if !s.isEmpty { return .failure(error(input, "trailing garbage after address", at: Array(s))) }
        if i < 16 {
            if ellipsis < 0 { return .failure(error(input, "address string too short")) }
        } else if ellipsis >= 0 {
            return .failure(error(input, "the :: must expand to at least one field of zeros", at: Array(s)))
        }
        return .success(zone)
    }
}
