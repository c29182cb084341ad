import GoTemplate

/// go-yaml's map key order (`keyList.Less` in sorter.go) for string keys: letters compare by code point,
/// non-letters sort before letters, and runs of digits compare by numeric value, so `a2 < a10`.
/// v3 differs in one rule: after a run of equal digits, letters sort first.
///
/// The keys of a map are decoded once into one buffer of code points; comparisons then read it in
/// place.
enum GoYAMLKeyOrder {
    static func sorted(_ keys: [String], v3: Bool = false) -> [String] {
        var keys = keys
        sort(&keys, by: { $0 }, v3: v3)
        return keys
    }

    /// The entries of a map in go-yaml's key order.
    static func sortedEntries(_ entries: [String: Value], v3: Bool = false) -> [(key: String, value: Value)] {
        var pairs = entries.map { (key: $0.key, value: $0.value) }
        sort(&pairs, by: \.key, v3: v3)
        return pairs
    }

    private static func sort<T>(_ items: inout [T], by key: (T) -> String, v3: Bool) {
        if items.count < 2 { return }
        if items.count <= 12 {
            // Go's sort.Sort runs an insertion sort below 13 elements; so does this, in place.
            for sortedEnd in 1 ..< items.count {
                var i = sortedEnd
                while i > 0 && less(key(items[i]), key(items[i - 1]), v3: v3) {
                    items.swapAt(i, i - 1)
                    i -= 1
                }
            }
            return
        }
        let permutation = order(items.map(key), v3: v3)
        items = permutation.map { items[$0] }
    }

    /// One comparison of two keys: on their UTF-8 bytes when both are ASCII, else on their scalars.
    static func less(_ a: String, _ b: String, v3: Bool) -> Bool {
        // Most keys differ in their first character, a letter: decided without looking further.
        if let x = a.utf8.first, let y = b.utf8.first, x != y, x < 0x80, y < 0x80 {
            let xLetter = isLetter(UInt32(x)), yLetter = isLetter(UInt32(y))
            if xLetter && yLetter { return x < y }
            if xLetter != yLetter { return yLetter }
        }
        var a = a, b = b
        let ascii: Bool? = a.withUTF8 { pa in
            b.withUTF8 { pb in
                guard pa.allSatisfy({ $0 < 0x80 }) && pb.allSatisfy({ $0 < 0x80 }) else { return nil }
                return less(pa, pb, v3: v3)
            }
        }
        if let ascii { return ascii }
        let pa = a.unicodeScalars.map(\.value), pb = b.unicodeScalars.map(\.value)
        return pa.withUnsafeBufferPointer { x in pb.withUnsafeBufferPointer { y in less(x, y, v3: v3) } }
    }

    /// The positions of `keys` in sorted order.
    private static func order(_ keys: [String], v3: Bool) -> [Int] {
        var points = [UInt32]()
        points.reserveCapacity(keys.count * 16)
        var ranges = [Range<Int>]()
        ranges.reserveCapacity(keys.count)
        for key in keys {
            let start = points.count
            var ascii = true
            for b in key.utf8 {
                if b >= 0x80 {
                    ascii = false
                    break
                }
                points.append(UInt32(b))
            }
            if !ascii {
                points.removeSubrange(start...)
                for scalar in key.unicodeScalars { points.append(scalar.value) }
            }
            ranges.append(start ..< points.count)
        }
        var order = Array(keys.indices)
        points.withUnsafeBufferPointer { p in
            order.sort { less(UnsafeBufferPointer(rebasing: p[ranges[$0]]), UnsafeBufferPointer(rebasing: p[ranges[$1]]), v3: v3) }
        }
        return order
    }

    static func less<C: CodePoint>(_ a: UnsafeBufferPointer<C>, _ b: UnsafeBufferPointer<C>, v3: Bool) -> Bool {
        // Skip the common prefix; only its last character matters further on.
        let common = Swift.min(a.count, b.count)
        var i = 0
        while i < common && a[i].codePoint == b[i].codePoint { i += 1 }
        guard i < common else { return a.count < b.count }
        let afterDigits = i > 0 && isDigit(a[i - 1].codePoint)
        let x = a[i].codePoint, y = b[i].codePoint
        let xLetter = isLetter(x), yLetter = isLetter(y)
        if xLetter && yLetter { return x < y }
        if xLetter || yLetter { return v3 && afterDigits ? xLetter : yLetter }
        var an: Int64 = 0, bn: Int64 = 0
        // A zero after non-zero digits continues a number: "1000" vs "16" compares 1000 with 16.
        if x == 0x30 || y == 0x30 {
            var j = i - 1
            while j >= 0 && isDigit(a[j].codePoint) {
                if a[j].codePoint != 0x30 {
                    an = 1
                    bn = 1
                    break
                }
                j -= 1
            }
        }
        var ai = i, bi = i
        while ai < a.count && isDigit(a[ai].codePoint) {
            an = an &* 10 &+ (Int64(a[ai].codePoint) &- 48)
            ai += 1
        }
        while bi < b.count && isDigit(b[bi].codePoint) {
            bn = bn &* 10 &+ (Int64(b[bi].codePoint) &- 48)
            bi += 1
        }
        if an != bn { return an < bn }
        if ai != bi { return ai < bi }
        return x < y
    }

    /// `unicode.IsLetter`.
    @inline(__always) static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        return isNonASCIILetter(c)
    }

    /// `unicode.IsDigit`.
    @inline(__always) static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        return isNonASCIIDigit(c)
    }

    private static func isNonASCIILetter(_ c: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(c) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isNonASCIIDigit(_ c: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }
}

/// A character of a key as go-yaml's sorter sees it: a rune (a byte, for ASCII keys).
protocol CodePoint {
    var codePoint: UInt32 { get }
}

extension UInt8: CodePoint {
    @inline(__always) var codePoint: UInt32 { UInt32(self) }
}

extension UInt32: CodePoint {
    @inline(__always) var codePoint: UInt32 { self }
}
