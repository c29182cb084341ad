/// Go's `os.Expand`: `$NAME` and `${NAME}` replaced through `mapping`; `$` before anything else is
/// kept; bad `${` syntax is dropped.
enum GoExpand {
    static func expand(_ text: String, _ mapping: (String) -> String) -> String {
        let s = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        var j = 0
        while j < s.count {
            if s[j] == UInt8(ascii: "$") && j + 1 < s.count {
                out += s[i..<j]
                let (name, width) = shellName(s, from: j + 1)
                if name == nil && width > 0 {
                    // Invalid syntax: the characters are eaten.
                } else if let name {
                    out += Array(mapping(name).utf8)
                } else {
                    out.append(s[j])
                }
                j += width
                i = j + 1
            }
            j += 1
        }
        out += s[min(i, s.count)...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSpecial(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "@"), UInt8(ascii: "!"),
             UInt8(ascii: "?"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    private static func isAlphaNumeric(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "_") || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    }

    /// `getShellName`: the name after `$` and how many bytes it spans (nil name: none or bad syntax).
    private static func shellName(_ s: [UInt8], from start: Int) -> (String?, Int) {
        let rest = s[start...]
        guard let first = rest.first else { return (nil, 0) }
        if first == UInt8(ascii: "{") {
            if rest.count > 2 && isSpecial(s[start + 1]) && s[start + 2] == UInt8(ascii: "}") {
                return (String(decoding: [s[start + 1]], as: UTF8.self), 3)
            }
            var k = start + 1
            while k < s.count {
                if s[k] == UInt8(ascii: "}") {
                    if k == start + 1 { return (nil, 2) }
                    return (String(decoding: s[(start + 1)..<k], as: UTF8.self), k - start + 1)
                }
                k += 1
            }
            return (nil, 1)
        }
        if isSpecial(first) { return (String(decoding: [first], as: UTF8.self), 1) }
        var k = start
        while k < s.count && isAlphaNumeric(s[k]) { k += 1 }
        if k == start { return (nil, 0) }
        return (String(decoding: s[start..<k], as: UTF8.self), k - start)
    }
}
