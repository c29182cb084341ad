enum GoStrings {
    /// `strings.TrimSpace` for ASCII whitespace and the Unicode spaces Go also trims.
    static func trimSpace(_ s: [UInt8]) -> [UInt8] {
        let str = String(decoding: s, as: UTF8.self)
        let scalars = str.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return [] }
        return Array(String(scalars[first...last]).utf8)
    }

    /// `unicode.IsSpace`.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
