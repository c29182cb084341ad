/// text/template's escaping builtins (`html`, `js`, `urlquery`).
public enum GoEscaping {
    /// `template.HTMLEscapeString`: `<>&'"` become entities, NUL becomes U+FFFD.
    public static func html(_ s: String) -> String {
        let utf8 = s.utf8
        guard utf8.contains(where: { $0 == 0 || $0 == 0x22 || $0 == 0x26 || $0 == 0x27 || $0 == 0x3C || $0 == 0x3E })
        else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for c in utf8 {
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
        return String(decoding: out, as: UTF8.self)
    }

    /// `template.JSEscapeString`: quotes and backslash backslashed; `<>&=` and control characters as
    /// `\uXXXX`; non-printable non-ASCII runes as `\uXXXX` (upper-case hex, at least four digits).
    public static func js(_ s: String) -> String {
        guard s.utf8.contains(where: isSpecialByte) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            let r = scalar.value
            if r >= 0x80 {
                if GoQuoting.isPrint(r) {
                    GoQuoting.appendUTF8(r, to: &out)
                } else {
                    appendUnicodeEscape(r, to: &out)
                }
                continue
            }
            let c = UInt8(r)
            switch c {
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x27: out.append(contentsOf: [0x5C, 0x27])
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x3C, 0x3E, 0x26, 0x3D: appendUnicodeEscape(r, to: &out)
            default:
                if c < 0x20 { appendUnicodeEscape(r, to: &out) } else { out.append(c) }
            }
        }
        return String(decoding: out, as: UTF8.self)
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
        let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        for c in s.utf8 {
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
        return String(decoding: out, as: UTF8.self)
    }

    /// text/template's `evalArgs`: a single string argument as is, otherwise `fmt.Sprint(args...)` after
    /// text/template's `printableValue`, which turns a nil or missing argument into the string `<no value>`
    /// (so `html 1 .missing` is `1<no value>`: a string operand, no space).
    public static func evalArgs(_ args: [Value]) -> String {
        if args.count == 1, case .string(let s) = args[0] { return s }
        if args.contains(where: { $0.isNil }) {
            return GoFormat.sprint(args.map { $0.isNil ? .string("<no value>") : $0 })
        }
        return GoFormat.sprint(args)
    }
}
