/// Go's `strings` functions whose semantics differ from Foundation's: byte-wise (UTF-8) matching,
/// `Split` with an empty separator splitting into runes, `Trim` taking a set of runes.
enum GoStrings {
    /// `strings.Split` (n < 0) and `strings.SplitN`.
    static func split(_ s: String, _ sep: String, limit n: Int = -1) -> [String] {
        if n == 0 { return [] }
        if sep.isEmpty {
            // Explode into runes; the last piece keeps the remainder when n is reached.
            let scalars = Array(s.unicodeScalars)
            var parts: [String] = []
            var i = 0
            while i < scalars.count {
                if n > 0 && parts.count == n - 1 {
                    var rest = String.UnicodeScalarView()
                    rest.append(contentsOf: scalars[i...])
                    parts.append(String(rest))
                    return parts
                }
                parts.append(String(scalars[i]))
                i += 1
            }
            return parts
        }
        let hay = Array(s.utf8)
        let needle = Array(sep.utf8)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + needle.count <= hay.count {
            if n > 0 && parts.count == n - 1 { break }
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
                parts.append(String(decoding: hay[start..<i], as: UTF8.self))
                i += needle.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: hay[start...], as: UTF8.self))
        return parts
    }

    /// `strings.Replace(s, old, new, -1)`; an empty `old` inserts `new` around every rune.
    static func replaceAll(_ s: String, _ old: String, _ new: String) -> String {
        if old.isEmpty {
            var out = new
            for r in s.unicodeScalars { out.unicodeScalars.append(r); out += new }
            return out
        }
        return split(s, old).joined(separator: new)
    }

    /// `strings.Trim(s, cutset)`.
    static func trim(_ s: String, cutset: String) -> String {
        let set = Set(cutset.unicodeScalars)
        return trim(s) { set.contains($0) }
    }

    static func trim(_ s: String, where shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        var lo = 0
        var hi = scalars.count
        while lo < hi && shouldTrim(scalars[lo]) { lo += 1 }
        while hi > lo && shouldTrim(scalars[hi - 1]) { hi -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }

    /// `strings.TrimSpace`.
    static func trimSpace(_ s: String) -> String { trim(s, where: GoUnicode.isSpace) }

    static func hasPrefix(_ s: String, _ p: String) -> Bool { s.utf8.starts(with: p.utf8) }

    static func hasSuffix(_ s: String, _ p: String) -> Bool { s.utf8.reversed().starts(with: p.utf8.reversed()) }

    static func contains(_ s: String, _ sub: String) -> Bool {
        sub.isEmpty || split(s, sub, limit: 2).count == 2
    }

    /// `strings.Title`: the first letter of each word to title case, words separated by anything
    /// that is not a letter, digit or `_`.
    static func title(_ s: String) -> String {
        var prev: Unicode.Scalar = " "
        return GoUnicode.mapScalars(s) { r in
            defer { prev = r }
            return isSeparator(prev) ? GoUnicode.toTitle(r) : r
        }
    }

    private static func isSeparator(_ r: Unicode.Scalar) -> Bool {
        if r.value <= 0x7F {
            switch r {
            case "0"..."9", "a"..."z", "A"..."Z", "_": return false
            default: return true
            }
        }
        if GoUnicode.isLetter(r) || GoUnicode.isDigit(r) { return false }
        return GoUnicode.isSpace(r)
    }

    /// Go's `s[from:to]` on bytes. Returns nil where Go would panic (out of range).
    static func byteSlice(_ s: String, _ from: Int, _ to: Int) -> String? {
        let bytes = Array(s.utf8)
        guard from >= 0, to >= from, to <= bytes.count else { return nil }
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }
}
