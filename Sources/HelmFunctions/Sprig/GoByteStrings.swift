import GoTemplate

/// Go's `strings` functions on a string's bytes, for arguments that are not valid UTF-8 (`Value.rawString`)
/// or could cut a character. Go matches, splits and trims bytes, so patterns and results may be any bytes;
/// where Go walks runes, each invalid byte is one rune of width 1.
enum GoByteStrings {
    /// The bytes of a Go string argument; other values as Sprig's `strval` prints them.
    static func bytes(_ v: Value) -> [UInt8] {
        v.goStringBytes ?? Array(SprigCast.strval(v).utf8)
    }

    static func hasPrefix(_ s: [UInt8], _ prefix: [UInt8]) -> Bool { s.starts(with: prefix) }

    static func hasSuffix(_ s: [UInt8], _ suffix: [UInt8]) -> Bool {
        s.count >= suffix.count && s[(s.count - suffix.count)...].elementsEqual(suffix)
    }

    /// `strings.Index`: the first byte offset of `needle`, or nil.
    static func index(_ s: [UInt8], _ needle: [UInt8], from start: Int = 0) -> Int? {
        if needle.isEmpty { return start }
        guard let first = needle.first, needle.count <= s.count else { return nil }
        var i = start
        while i + needle.count <= s.count {
            if s[i] == first && s[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func contains(_ s: [UInt8], _ needle: [UInt8]) -> Bool { index(s, needle) != nil }

    /// The byte lengths of the runes of `s` (an invalid byte is a rune of length 1), as Go explodes strings.
    static func runeWidths(_ s: [UInt8]) -> [Int] {
        var widths: [Int] = []
        var i = 0
        while i < s.count {
            let width = GoUTF8.decodeRune(s, at: i).width
            widths.append(width)
            i += width
        }
        return widths
    }

    /// `strings.SplitN` (`limit` < 0: all); an empty separator splits into runes.
    static func split(_ s: [UInt8], _ separator: [UInt8], limit n: Int = -1) -> [[UInt8]] {
        if n == 0 { return [] }
        var parts: [[UInt8]] = []
        if separator.isEmpty {
            var i = 0
            for width in runeWidths(s) {
                if n > 0 && parts.count == n - 1 { break }
                parts.append(Array(s[i..<(i + width)]))
                i += width
            }
            if i < s.count { parts.append(Array(s[i...])) }
            return parts
        }
        var start = 0
        while n < 0 || parts.count < n - 1, let at = index(s, separator, from: start) {
            parts.append(Array(s[start..<at]))
            start = at + separator.count
        }
        parts.append(Array(s[start...]))
        return parts
    }

    /// `strings.ReplaceAll`; an empty `old` inserts `new` before every rune and at the end.
    static func replaceAll(_ s: [UInt8], _ old: [UInt8], _ new: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        if old.isEmpty {
            out += new
            var i = 0
            for width in runeWidths(s) {
                out += s[i..<(i + width)]
                out += new
                i += width
            }
            return out
        }
        var start = 0
        while let at = index(s, old, from: start) {
            out += s[start..<at]
            out += new
            start = at + old.count
        }
        out += s[start...]
        return out
    }

    static func join(_ parts: [[UInt8]], _ separator: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, part) in parts.enumerated() {
            if i > 0 { out += separator }
            out += part
        }
        return out
    }
}
