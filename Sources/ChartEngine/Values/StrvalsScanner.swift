/// A rune reader over a `--set` line (Go's `bytes.Buffer` used as `io.RuneReader`).
struct StrvalsScanner {
    private let scalars: [Unicode.Scalar]
    private(set) var position = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func readRune() -> Unicode.Scalar? {
        guard position < scalars.count else { return nil }
        defer { position += 1 }
        return scalars[position]
    }

    mutating func unreadRune() {
        if position > 0 { position -= 1 }
    }

    /// What is left, for the JSON decoder.
    var remaining: ArraySlice<Unicode.Scalar> { scalars[position...] }

    mutating func skip(_ count: Int) {
        position = min(scalars.count, position + max(0, count))
    }

    /// Go's `runesUntil`: reads up to a stop rune; with `escapes`, `\x` yields `x`.
    /// Returns the runes read and the stop rune, or nil as the stop when input ended.
    mutating func runes(until stop: Set<Unicode.Scalar>, escapes: Bool) -> (runes: [Unicode.Scalar], stop: Unicode.Scalar?) {
        var out: [Unicode.Scalar] = []
        while let r = readRune() {
            if stop.contains(r) { return (out, r) }
            if escapes && r == "\\" {
                guard let next = readRune() else { return (out, nil) }
                out.append(next)
                continue
            }
            out.append(r)
        }
        return (out, nil)
    }
}

extension Array where Element == Unicode.Scalar {
    var string: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: self)
        return String(s)
    }

    /// Go's `%q` of a `[]rune`: `['x' 'y']`.
    var goQuotedRunes: String {
        "[" + map { goQuoteRune($0) }.joined(separator: " ") + "]"
    }
}

/// `strconv.QuoteRune`.
func goQuoteRune(_ r: Unicode.Scalar) -> String {
    switch r {
    case "'": return "'\\''"
    case "\\": return "'\\\\'"
    case "\n": return "'\\n'"
    case "\t": return "'\\t'"
    case "\r": return "'\\r'"
    default:
        if r.value < 0x20 || r.value == 0x7f {
            let hex = String(r.value, radix: 16)
            return "'\\x" + (hex.count < 2 ? "0" + hex : hex) + "'"
        }
        return "'" + String(Character(r)) + "'"
    }
}
