/// text/template's escaping builtins (`html`, `js`, `urlquery`).
public enum GoEscaping {
    /// `template.HTMLEscapeString`: `<>&'"` become entities, NUL becomes U+FFFD.
    public static func html(_ s: String) -> String {
        let utf8 = s.utf8
        guard utf8.contains(where: isHTMLSpecial) else { return s }
        return String(decoding: html(bytes: Array(utf8)), as: UTF8.self)
    }

    /// `html` on a Go string's bytes; bytes that are not UTF-8 pass through.
    public static func html(bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: isHTMLSpecial) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for c in bytes {
            switch c {
            case 0x22: out.append(contentsOf: "&#34;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x00: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default: out.append(c)
            }
        }
        return out
    }

    private static func isHTMLSpecial(_ c: UInt8) -> Bool {
        c == 0 || c == 0x22 || c == 0x26 || c == 0x27 || c == 0x3C || c == 0x3E
    }

    /// `template.JSEscapeString`: quotes and backslash backslashed; `<>&=` and control characters as
    /// `\uXXXX`; non-printable non-ASCII runes as `\uXXXX` (upper-case hex, at least four digits).
    public static func js(_ s: String) -> String {
        guard s.utf8.contains(where: isSpecialByte) else { return s }
        return String(decoding: js(bytes: Array(s.utf8)), as: UTF8.self)
    }

    /// `js` on a Go string's bytes: an invalid byte reads as U+FFFD, which is printable, so it is kept.
    public static func js(bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: isSpecialByte) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c >= 0x80 {
                let (scalar, width) = GoUTF8.decodeRune(bytes, at: i)
                if GoQuoting.isPrint(scalar.value) {
                    out.append(contentsOf: bytes[i..<(i + width)])
                } else {
                    appendUnicodeEscape(scalar.value, to: &out)
                }
                i += width
                continue
            }
            switch c {
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x27: out.append(contentsOf: [0x5C, 0x27])
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x3C, 0x3E, 0x26, 0x3D: appendUnicodeEscape(UInt32(c), to: &out)
            default:
                if c < 0x20 { appendUnicodeEscape(UInt32(c), to: &out) } else { out.append(c) }
            }
            i += 1
        }
        return out
    }

    private static func isSpecialByte(_ c: UInt8) -> Bool {
        switch c {
        case 0x5C, 0x27, 0x22, 0x3C, 0x3E, 0x26, 0x3D: return true
        default: return c < 0x20 || c >= 0x80
        }
    }

    /// `\u%04X`.
    private static func appendUnicodeEscape(_ r: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        var hex = String(r, radix: 16, uppercase: true)
        if hex.utf8.count < 4 { hex = String(repeating: "0", count: 4 - hex.utf8.count) + hex }
        out.append(contentsOf: hex.utf8)
    }

    /// `url.QueryEscape`: unreserved bytes (`A-Z a-z 0-9 - _ . ~`) kept, space as `+`, others `%XX`.
    public static func urlQuery(_ s: String) -> String {
        String(decoding: urlQuery(bytes: Array(s.utf8)), as: UTF8.self)
    }

    /// `urlquery` on a Go string's bytes (every byte that is not unreserved is escaped).
    public static func urlQuery(bytes: [UInt8]) -> [UInt8] {
        let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for c in bytes {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: "~"):
                out.append(c)
            case UInt8(ascii: " "):
                out.append(UInt8(ascii: "+"))
            default:
                out.append(UInt8(ascii: "%"))
                out.append(upperHex[Int(c >> 4)])
                out.append(upperHex[Int(c & 0xF)])
            }
        }
        return out
    }

    /// text/template's `evalArgs`: a single string argument as is, otherwise `fmt.Sprint(args...)` after
    /// text/template's `printableValue`, which turns a nil or missing argument into the string `<no value>`
    /// (so `html 1 .missing` is `1<no value>`: a string operand, no space).
    public static func evalArgs(_ args: [Value]) -> String {
        GoUTF8.lossyString(evalArgBytes(args))
    }

    /// `evalArgs` as the Go string's bytes.
    public static func evalArgBytes(_ args: [Value]) -> [UInt8] {
        if args.count == 1, let bytes = args[0].goStringBytes { return bytes }
        if args.contains(where: { $0.isNil }) {
            return GoFormat.sprintValue(args.map { $0.isNil ? .string("<no value>") : $0 }).goStringBytes ?? []
        }
        return GoFormat.sprintValue(args).goStringBytes ?? []
    }
}
