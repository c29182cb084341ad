/// go-yaml's map key order (`keyList.Less` in sorter.go) for string keys: letters compare by code point,
/// non-letters sort before letters, and runs of digits compare by numeric value, so `a2 < a10`.
/// v3 differs in one rule: after a run of equal digits, letters sort first.
enum GoYAMLKeyOrder {
    static func sorted(_ keys: [String], v3: Bool = false) -> [String] {
        if keys.count < 2 { return keys }
        // Keys of ASCII letters and punctuation (no digits, the usual case) compare byte by byte once
        // letters are ranked above everything else; other keys take the full rule over scalars.
        let entries = keys.map { key -> SortEntry in
            let simple = key.utf8.allSatisfy { $0 < 0x80 && !($0 >= 0x30 && $0 <= 0x39) }
            return SortEntry(key: key, scalars: simple ? nil : Array(key.unicodeScalars))
        }
        return entries.sorted { a, b in
            if a.scalars == nil && b.scalars == nil { return simpleLess(a.key, b.key) }
            return less(a.scalars ?? Array(a.key.unicodeScalars), b.scalars ?? Array(b.key.unicodeScalars), v3: v3)
        }.map(\.key)
    }

    private struct SortEntry {
        let key: String
        let scalars: [Unicode.Scalar]?
    }

    /// `less` for ASCII keys without digits.
    private static func simpleLess(_ a: String, _ b: String) -> Bool {
        var ai = a.utf8.makeIterator(), bi = b.utf8.makeIterator()
        while true {
            guard let x = ai.next() else { return bi.next() != nil }
            guard let y = bi.next() else { return false }
            if x == y { continue }
            return rank(x) < rank(y)
        }
    }

    @inline(__always) private static func rank(_ c: UInt8) -> UInt16 {
        ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) ? 0x100 + UInt16(c) : UInt16(c)
    }

    static func less(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], v3: Bool = false) -> Bool {
        var i = 0
        var afterDigits = false
        while i < a.count && i < b.count {
            let x = a[i], y = b[i]
            if x == y {
                afterDigits = isDigit(x)
                i += 1
                continue
            }
            let xLetter = isLetter(x), yLetter = isLetter(y)
            if xLetter && yLetter { return x.value < y.value }
            if xLetter || yLetter { return v3 && afterDigits ? xLetter : yLetter }
            var ai = i, bi = i
            var an: Int64 = 0, bn: Int64 = 0
            // A zero after non-zero digits continues a number: "1000" vs "16" compares 1000 with 16.
            if x == "0" || y == "0" {
                var j = i - 1
                while j >= 0 && isDigit(a[j]) {
                    if a[j] != "0" {
                        an = 1
                        bn = 1
                        break
                    }
                    j -= 1
                }
            }
            while ai < a.count && isDigit(a[ai]) {
                an = an &* 10 &+ (Int64(a[ai].value) &- 48)
                ai += 1
            }
            while bi < b.count && isDigit(b[bi]) {
                bn = bn &* 10 &+ (Int64(b[bi].value) &- 48)
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return x.value < y.value
        }
        return a.count < b.count
    }

    /// `unicode.IsLetter`.
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A
        }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `unicode.IsDigit`.
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        return c.properties.generalCategory == .decimalNumber
    }
}
