import GoTemplate

/// Ports of huandu/xstrings v1.5.0 `ToSnakeCase`, `ToKebabCase` and `ToCamelCase` (Sprig's `snakecase`,
/// `kebabcase`, `camelcase`), which split words by case, digits, connectors and punctuation.
enum XStringsCase {
    static func snakeCase(_ s: String) -> String {
        String(decoding: camelCaseToLowerCase(bytes: Array(s.utf8), connector: "_"), as: UTF8.self)
    }
    static func kebabCase(_ s: String) -> String {
        String(decoding: camelCaseToLowerCase(bytes: Array(s.utf8), connector: "-"), as: UTF8.self)
    }

    static func isConnector(_ r: Unicode.Scalar) -> Bool {
        r == "-" || r == "_" || GoUnicode.isSpace(r)
    }

    /// A letter that is not a CJK ideograph.
    static func isAlphabet(_ r: Unicode.Scalar) -> Bool {
        guard GoUnicode.isLetter(r) else { return false }
        switch r.value {
        case ..<0x3400: return true
        case 0x4E00...0x9FCC, 0x3400...0x4D85, 0x20000...0x2B81D: return false
        default: return true
        }
    }

    /// `ToCamelCase` as Helm's xstrings has it (upper camel case: `http_server` → `HttpServer`):
    /// connectors removed, the rune after one upper-cased, runs of capitals lowered.
    static func camelCase(_ s: String) -> String {
        let runes = Array(s.unicodeScalars)
        guard !runes.isEmpty else { return "" }
        var out = String.UnicodeScalarView()
        var isFirstRuneUpper = false
        var i = 0
        var r0: Unicode.Scalar = " "
        var consumedAny = false
        while i < runes.count {
            r0 = runes[i]
            i += 1
            consumedAny = true
            if !isConnector(r0) {
                isFirstRuneUpper = GoUnicode.isUpper(r0)
                r0 = GoUnicode.toUpper(r0)
                break
            }
            out.append(r0)
        }
        if i >= runes.count {
            // xstrings writes the last rune read once more here, even when it was a connector.
            if consumedAny { out.append(r0) }
            return String(out)
        }
        while i < runes.count {
            let r1 = r0
            r0 = runes[i]
            i += 1
            if isConnector(r0) && isConnector(r1) {
                out.append(r1)
                continue
            }
            if isConnector(r1) {
                isFirstRuneUpper = GoUnicode.isUpper(r0)
                r0 = GoUnicode.toUpper(r0)
            } else {
                if isFirstRuneUpper {
                    if GoUnicode.isUpper(r0) { r0 = GoUnicode.toLower(r0) } else { isFirstRuneUpper = false }
                }
                out.append(r1)
            }
        }
        out.append(r0)
        return String(out)
    }

    private enum WordType { case invalid, number, upperCase, alphabet, connector, punct, other }

    /// A position in the string's bytes, decoded as Go does: an invalid byte is U+FFFD of width 1.
    private struct Cursor {
        let bytes: [UInt8]
        var position = 0
        var isAtEnd: Bool { position >= bytes.count }

        func rune(at i: Int) -> (Unicode.Scalar, Int) { GoUTF8.decodeRune(bytes, at: i) }

        /// xstrings' `nextValidRune`: the first rune from `i` that is not U+FFFD and the bytes up to and
        /// including it; when only U+FFFDs are left, `previous` and the bytes to the end.
        func nextValidRune(from i: Int, previous: Unicode.Scalar) -> (Unicode.Scalar, Int) {
            var j = i
            while j < bytes.count {
                let (r, width) = rune(at: j)
                j += width
                if r != "\u{FFFD}" { return (r, j - i) }
            }
            return (previous, j - i)
        }
    }

    /// xstrings' `nextWord`: the next word's type and bytes, advancing the cursor past it. Runs of U+FFFD
    /// (invalid bytes included) join the word around them.
    private static func nextWord(_ c: inout Cursor) -> (WordType, ArraySlice<UInt8>) {
        guard !c.isAtEnd else { return (.invalid, []) }
        let start = c.position
        var (r, size) = c.nextValidRune(from: start, previous: "\u{FFFD}")
        var offset = size
        if r == "\u{FFFD}" {
            c.position = start + offset
            return (.invalid, c.bytes[start..<c.position])
        }
        var remaining = start + size
        let end = c.bytes.count
        func consume(while keep: (Unicode.Scalar) -> Bool) {
            while remaining < end {
                (r, size) = c.nextValidRune(from: remaining, previous: r)
                if !keep(r) { break }
                offset += size
                remaining += size
            }
        }
        let wt: WordType
        if isConnector(r) {
            wt = .connector
            consume(while: isConnector)
        } else if GoUnicode.isPunct(r) {
            wt = .punct
            consume(while: GoUnicode.isPunct)
        } else if GoUnicode.isUpper(r) {
            wt = .upperCase
            if remaining < end {
                (r, size) = c.nextValidRune(from: remaining, previous: r)
                if GoUnicode.isUpper(r) {
                    var previousSize = size
                    offset += size
                    remaining += size
                    while remaining < end {
                        (r, size) = c.nextValidRune(from: remaining, previous: r)
                        if !GoUnicode.isUpper(r) { break }
                        previousSize = size
                        offset += size
                        remaining += size
                    }
                    // "HTTPStatus" splits as "HTTP" + "Status": give back the last capital.
                    if remaining < end && isAlphabet(r) { offset -= previousSize }
                } else if isAlphabet(r) {
                    offset += size
                    remaining += size
                    consume { isAlphabet($0) && !GoUnicode.isUpper($0) }
                }
            }
        } else if isAlphabet(r) {
            wt = .alphabet
            consume { isAlphabet($0) && !GoUnicode.isUpper($0) }
        } else if GoUnicode.isNumber(r) {
            wt = .number
            consume(while: GoUnicode.isNumber)
        } else {
            wt = .other
            while remaining < end {
                (r, size) = c.nextValidRune(from: remaining, previous: r)
                if size == 0 || isConnector(r) || isAlphabet(r) || GoUnicode.isNumber(r) || GoUnicode.isPunct(r) { break }
                offset += size
                remaining += size
            }
        }
        c.position = start + offset
        return (wt, c.bytes[start..<c.position])
    }

    /// xstrings' `toLower`: words other than upper-case and connector words are copied as bytes; those
    /// two are rewritten rune by rune (an invalid byte becoming U+FFFD).
    private static func writeLower(_ out: inout [UInt8], _ wt: WordType, _ word: ArraySlice<UInt8>, _ connector: Unicode.Scalar) {
        if wt != .upperCase && wt != .connector {
            out.append(contentsOf: word)
            return
        }
        let bytes = Array(word)
        var i = 0
        while i < bytes.count {
            let (r, width) = GoUTF8.decodeRune(bytes, at: i)
            i += width
            let written = isConnector(r) ? connector : GoUnicode.isUpper(r) ? GoUnicode.toLower(r) : r
            out.append(contentsOf: String(written).utf8)
        }
    }

    private static func append(_ connector: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: String(connector).utf8)
    }

    /// xstrings' `camelCaseToLowerCase` on the string's bytes (Sprig's `snakecase`/`kebabcase`).
    static func camelCaseToLowerCase(bytes: [UInt8], connector: Unicode.Scalar) -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        var out: [UInt8] = []
        var c = Cursor(bytes: bytes)
        var (wt, word) = nextWord(&c)
        while !c.isAtEnd {
            if wt != .connector { writeLower(&out, wt, word, connector) }
            let prev = wt
            let last = word
            (wt, word) = nextWord(&c)
            switch prev {
            case .number:
                while wt == .alphabet || wt == .number {
                    writeLower(&out, wt, word, connector)
                    (wt, word) = nextWord(&c)
                }
                if wt != .invalid && wt != .punct && wt != .connector { append(connector, to: &out) }
            case .connector:
                writeLower(&out, prev, last, connector)
            case .punct:
                break
            default:
                if wt != .number {
                    if wt != .connector && wt != .punct { append(connector, to: &out) }
                    break
                }
                if c.isAtEnd { break }
                let numberWord = word
                (wt, word) = nextWord(&c)
                // A number followed by a non-letter belongs to the previous word: "Bld4Floor" → "bld4_floor".
                if wt != .alphabet {
                    writeLower(&out, .number, numberWord, connector)
                    if wt != .connector && wt != .punct { append(connector, to: &out) }
                    break
                }
                // Lower-case letters after a number start a new word: "HTTP2xx" → "http_2xx".
                append(connector, to: &out)
                writeLower(&out, .number, numberWord, connector)
                while wt == .alphabet || wt == .number {
                    writeLower(&out, wt, word, connector)
                    (wt, word) = nextWord(&c)
                }
                if wt != .invalid && wt != .connector && wt != .punct { append(connector, to: &out) }
            }
        }
        writeLower(&out, wt, word, connector)
        return out
    }
}
