/// `strconv`'s quoting (`Quote`, `QuoteToASCII`, `QuoteRune`, `CanBackquote`) and `unicode.IsPrint`,
/// written into a byte buffer as fmt does.
enum GoQuoting {
    static let lowerHex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
    /// Go's tables are Unicode 15; Swift's may be newer, which only matters for newly assigned code points.
    static func isPrint(_ r: UInt32) -> Bool {
        if r <= 0xFF {
            if r >= 0x20 && r <= 0x7E { return true }
            if r >= 0xA1 && r <= 0xFF { return r != 0xAD }
            return false
        }
        guard let scalar = Unicode.Scalar(r) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// `strconv.Quote` (`asciiOnly` false) or `strconv.QuoteToASCII` (true) of `s`, with `quote` as the
    /// delimiter (`"` for strings, `'` for runes).
    static func appendQuoted(_ s: String, quote: UInt8, asciiOnly: Bool, to buf: inout [UInt8]) {
        buf.append(quote)
        for scalar in s.unicodeScalars {
            appendEscaped(scalar.value, quote: quote, asciiOnly: asciiOnly, to: &buf)
        }
        buf.append(quote)
    }

    /// `strconv.Quote` of bytes that may not be UTF-8: each invalid byte is written `\xNN`.
    static func appendQuoted(bytes: [UInt8], quote: UInt8, asciiOnly: Bool, to buf: inout [UInt8]) {
        buf.append(quote)
        var i = 0
        while i < bytes.count {
            if let (scalar, width) = GoUTF8.decodeValidRune(bytes, at: i) {
                appendEscaped(scalar.value, quote: quote, asciiOnly: asciiOnly, to: &buf)
                i += width
            } else {
                buf.append(contentsOf: [0x5C, UInt8(ascii: "x"), lowerHex[Int(bytes[i] >> 4)], lowerHex[Int(bytes[i] & 0xF)]])
                i += 1
            }
        }
        buf.append(quote)
    }

    /// `strconv.QuoteRune` / `QuoteRuneToASCII`. Invalid code points (surrogates, > U+10FFFF) become U+FFFD,
    /// as Go's `string(r)` conversion does.
    static func appendQuotedRune(_ r: UInt32, asciiOnly: Bool, to buf: inout [UInt8]) {
        let valid = Unicode.Scalar(r) != nil ? r : 0xFFFD
        buf.append(UInt8(ascii: "'"))
        appendEscaped(valid, quote: UInt8(ascii: "'"), asciiOnly: asciiOnly, to: &buf)
        buf.append(UInt8(ascii: "'"))
    }

    /// strconv's `appendEscapedRune`.
    private static func appendEscaped(_ r: UInt32, quote: UInt8, asciiOnly: Bool, to buf: inout [UInt8]) {
        if r == UInt32(quote) || r == 0x5C {
            buf.append(0x5C)
            buf.append(UInt8(truncatingIfNeeded: r))
            return
        }
        if asciiOnly {
            if r < 0x80 && isPrint(r) {
                buf.append(UInt8(truncatingIfNeeded: r))
                return
            }
        } else if isPrint(r) {
            appendUTF8(r, to: &buf)
            return
        }
        switch r {
        case 0x07: buf.append(contentsOf: [0x5C, UInt8(ascii: "a")])
        case 0x08: buf.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: buf.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x0A: buf.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: buf.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: buf.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x0B: buf.append(contentsOf: [0x5C, UInt8(ascii: "v")])
        default:
            if r < 0x20 || r == 0x7F {
                buf.append(contentsOf: [0x5C, UInt8(ascii: "x")])
                appendHexDigits(r, count: 2, to: &buf)
            } else if r < 0x10000 {
                buf.append(contentsOf: [0x5C, UInt8(ascii: "u")])
                appendHexDigits(r, count: 4, to: &buf)
            } else {
                buf.append(contentsOf: [0x5C, UInt8(ascii: "U")])
                appendHexDigits(r, count: 8, to: &buf)
            }
        }
    }

    private static func appendHexDigits(_ r: UInt32, count: Int, to buf: inout [UInt8]) {
        var shift = (count - 1) * 4
        while shift >= 0 {
            buf.append(lowerHex[Int((r >> UInt32(shift)) & 0xF)])
            shift -= 4
        }
    }

    /// `strconv.CanBackquote`: a single line without control characters other than tab, no backquote, no BOM.
    static func canBackquote(_ s: String) -> Bool {
        for scalar in s.unicodeScalars {
            let r = scalar.value
            if r == 0xFEFF { return false }
            if r >= 0x80 { continue }
            if (r < 0x20 && r != 0x09) || r == 0x60 || r == 0x7F { return false }
        }
        return true
    }

    /// Appends the UTF-8 encoding of `r`; invalid code points become U+FFFD, as `utf8.EncodeRune` does.
    static func appendUTF8(_ r: UInt32, to buf: inout [UInt8]) {
        let scalar = Unicode.Scalar(r) ?? "\u{FFFD}"
        let v = scalar.value
        switch v {
        case 0..<0x80:
            buf.append(UInt8(v))
        case 0x80..<0x800:
            buf.append(UInt8(0xC0 | (v >> 6)))
            buf.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            buf.append(UInt8(0xE0 | (v >> 12)))
            buf.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            buf.append(UInt8(0x80 | (v & 0x3F)))
        default:
            buf.append(UInt8(0xF0 | (v >> 18)))
            buf.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            buf.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            buf.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
