/// Go's `unicode` predicates and simple (one-rune) case mappings. Swift's own `uppercased()` applies full
/// mappings (`ß` → `SS`) that Go never does, so Sprig's string functions go through these instead.
enum GoUnicode {
    static func isUpper(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x41 && r.value <= 0x5A }
        return r.properties.generalCategory == .uppercaseLetter
    }

    static func isLower(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x61 && r.value <= 0x7A }
        return r.properties.generalCategory == .lowercaseLetter
    }

    static func isTitle(_ r: Unicode.Scalar) -> Bool {
        r.properties.generalCategory == .titlecaseLetter
    }

    static func isLetter(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDigit(_ r: Unicode.Scalar) -> Bool {
        r.properties.generalCategory == .decimalNumber
    }

    static func isNumber(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    static func isPunct(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// `unicode.IsSpace`.
    static func isSpace(_ r: Unicode.Scalar) -> Bool {
        switch r.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0..<0x100: return false
        default: return r.properties.isWhitespace
        }
    }

    static func toUpper(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if r.value < 0x80 { return isLower(r) ? Unicode.Scalar(r.value - 32) ?? r : r }
        // Where the full mapping has several scalars, Go's simple mapping (if any) is the titlecase one
        // (Greek iota-subscript letters); otherwise the rune stays (ß, ŉ).
        return single(r.properties.uppercaseMapping) ?? single(r.properties.titlecaseMapping) ?? r
    }

    static func toLower(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if r.value < 0x80 { return isUpper(r) ? Unicode.Scalar(r.value + 32) ?? r : r }
        // İ is the only letter whose full lowercase has several scalars; its simple mapping is i.
        if r == "\u{130}" { return "i" }
        return single(r.properties.lowercaseMapping) ?? r
    }

    static func toTitle(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if r.value < 0x80 { return toUpper(r) }
        return single(r.properties.titlecaseMapping) ?? r
    }

    /// A full mapping of exactly one scalar is the simple mapping; longer ones have no simple form.
    private static func single(_ s: String) -> Unicode.Scalar? {
        var it = s.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first
    }

    static func mapScalars(_ s: String, _ f: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for r in s.unicodeScalars { out.append(f(r)) }
        return String(out)
    }
}
