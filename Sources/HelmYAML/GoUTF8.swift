/// Go's treatment of bytes that are not valid UTF-8: every byte that does not start a valid sequence
/// becomes U+FFFD on its own (`utf8.DecodeRune` returns width 1), as `encoding/json` writes them.
/// Swift's decoder would merge a truncated sequence into one U+FFFD.
enum GoUTF8 {
    static func string(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var i = 0
        let n = bytes.count
        while i < n {
            let (scalar, width) = decodeRune(bytes, at: i)
            scalars.append(scalar)
            i += width
        }
        return String(scalars)
    }

    /// `utf8.DecodeRune`: the scalar at `i` and its width, or (U+FFFD, 1) for an invalid byte.
    static func decodeRune(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let replacement: (Unicode.Scalar, Int) = ("\u{FFFD}", 1)
        let c0 = b[i]
        if c0 < 0x80 { return (Unicode.Scalar(c0), 1) }
        let n = b.count
        func cont(_ j: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> UInt32? {
            guard j < n, b[j] >= lo, b[j] <= hi else { return nil }
            return UInt32(b[j] & 0x3F)
        }
        switch c0 {
        case 0xC2...0xDF:
            guard let c1 = cont(i + 1) else { return replacement }
            return scalar(UInt32(c0 & 0x1F) << 6 | c1, 2) ?? replacement
        case 0xE0...0xEF:
            let lo: UInt8 = c0 == 0xE0 ? 0xA0 : 0x80
            let hi: UInt8 = c0 == 0xED ? 0x9F : 0xBF
            guard let c1 = cont(i + 1, lo, hi), let c2 = cont(i + 2) else { return replacement }
            return scalar(UInt32(c0 & 0x0F) << 12 | c1 << 6 | c2, 3) ?? replacement
        case 0xF0...0xF4:
            let lo: UInt8 = c0 == 0xF0 ? 0x90 : 0x80
            let hi: UInt8 = c0 == 0xF4 ? 0x8F : 0xBF
            guard let c1 = cont(i + 1, lo, hi), let c2 = cont(i + 2), let c3 = cont(i + 3) else { return replacement }
            return scalar(UInt32(c0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4) ?? replacement
        default:
            return replacement
        }
    }

    private static func scalar(_ v: UInt32, _ width: Int) -> (Unicode.Scalar, Int)? {
        guard let s = Unicode.Scalar(v) else { return nil }
        return (s, width)
    }
}
