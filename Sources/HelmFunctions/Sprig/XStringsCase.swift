/// Ports of huandu/xstrings v1.5.0 `ToSnakeCase`, `ToKebabCase` and `ToCamelCase` (Sprig's `snakecase`,
/// `kebabcase`, `camelcase`), which split words by case, digits, connectors and punctuation.
enum XStringsCase {
    static func snakeCase(_ s: String) -> String { camelCaseToLowerCase(s, connector: "_") }
    static func kebabCase(_ s: String) -> String { camelCaseToLowerCase(s, connector: "-") }

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

    private struct Cursor {
        let runes: [Unicode.Scalar]
        var position = 0
        var isAtEnd: Bool { position >= runes.count }
    }

    /// xstrings' `nextWord`: the next word's type and runes, advancing the cursor past it.
    private static func nextWord(_ c: inout Cursor) -> (WordType, [Unicode.Scalar]) {
        guard !c.isAtEnd else { return (.invalid, []) }
        let start = c.position
        let runes = c.runes
        let r = runes[c.position]
        c.position += 1
        let wt: WordType
        func consume(while keep: (Unicode.Scalar) -> Bool) {
            while c.position < runes.count && keep(runes[c.position]) { c.position += 1 }
        }
        if isConnector(r) {
            wt = .connector
            consume(while: isConnector)
        } else if GoUnicode.isPunct(r) {
            wt = .punct
            consume(while: GoUnicode.isPunct)
        } else if GoUnicode.isUpper(r) {
            wt = .upperCase
            if c.position < runes.count {
                let next = runes[c.position]
                if GoUnicode.isUpper(next) {
                    consume(while: GoUnicode.isUpper)
                    // "HTTPStatus" splits as "HTTP" + "Status": give back the last capital.
                    if c.position < runes.count && isAlphabet(runes[c.position]) { c.position -= 1 }
                } else if isAlphabet(next) {
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
            consume { !(isConnector($0) || isAlphabet($0) || GoUnicode.isNumber($0) || GoUnicode.isPunct($0)) }
        }
        return (wt, Array(runes[start..<c.position]))
    }

    private static func writeLower(_ out: inout String.UnicodeScalarView, _ wt: WordType,
                                   _ word: [Unicode.Scalar], _ connector: Unicode.Scalar) {
        if wt != .upperCase && wt != .connector {
            out.append(contentsOf: word)
            return
        }
        for r in word {
            if isConnector(r) { out.append(connector) } else if GoUnicode.isUpper(r) { out.append(GoUnicode.toLower(r)) } else { out.append(r) }
        }
    }

    private static func camelCaseToLowerCase(_ s: String, connector: Unicode.Scalar) -> String {
        guard !s.isEmpty else { return "" }
        var out = String.UnicodeScalarView()
        var c = Cursor(runes: Array(s.unicodeScalars))
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
                if wt != .invalid && wt != .punct && wt != .connector { out.append(connector) }
            case .connector:
                writeLower(&out, prev, last, connector)
            case .punct:
                break
            default:
                if wt != .number {
                    if wt != .connector && wt != .punct { out.append(connector) }
                    break
                }
                if c.isAtEnd { break }
                let numberWord = word
                (wt, word) = nextWord(&c)
                // A number followed by a non-letter belongs to the previous word: "Bld4Floor" → "bld4_floor".
                if wt != .alphabet {
                    writeLower(&out, .number, numberWord, connector)
                    if wt != .connector && wt != .punct { out.append(connector) }
                    break
                }
                // Lower-case letters after a number start a new word: "HTTP2xx" → "http_2xx".
                out.append(connector)
                writeLower(&out, .number, numberWord, connector)
                while wt == .alphabet || wt == .number {
                    writeLower(&out, wt, word, connector)
                    (wt, word) = nextWord(&c)
                }
                if wt != .invalid && wt != .connector && wt != .punct { out.append(connector) }
            }
        }
        writeLower(&out, wt, word, connector)
        return String(out)
    }
}
