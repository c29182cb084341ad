/// Translates a Go (RE2) regular expression into an equivalent ICU pattern for NSRegularExpression,
/// rejecting what Go's `regexp/syntax` rejects with Go's error text.
///
/// Where the dialects differ the translation spells Go's meaning out: `$` is end of text (`\z`) unless
/// `(?m)`, `.` never matches `\n` unless `(?s)`, `\d \s \w \b` and POSIX classes are ASCII-only, `(?U)`
/// swaps greediness, and named groups become plain groups whose names are kept here (ICU names cannot
/// hold `_`). Backreferences and lookaround do not exist in RE2 and are errors.
struct GoRegexpSyntax {
    /// `regexp/syntax.Error`: prints as `error parsing regexp: <code>: `<expr>``.
    struct ParseError: Error {
        var code: String
        var expr: String
        var message: String { "error parsing regexp: \(code): `\(expr)`" }
    }

    /// The ICU pattern.
    private(set) var icuPattern = ""
    /// Names of the capture groups, index 0 for group 1; nil for unnamed groups.
    private(set) var groupNames: [String?] = []

    private struct Flags {
        var foldCase = false
        var multiLine = false
        var dotNL = false
        var nonGreedy = false
    }

    private let s: [Unicode.Scalar]
    private var i = 0
    private var flags = Flags()
    /// Flags to restore when each open group closes.
    private var openGroups: [Flags] = []
    /// Whether the last item can take a repetition operator (Go: a non-marker on top of the stack).
    private var hasOperand = false
    /// Start index of the repetition operator just parsed, if the previous item was one.
    private var lastRepeat: Int?
    /// For each open group (outermost first), its items; each item lists the chains of `{n,m}` counts
    /// nested in it, outermost first. Go rejects nestings whose counts multiply past 1000.
    private var groupItems: [[[[Int]]]] = [[]]

    init(_ pattern: String) throws {
        s = Array(pattern.unicodeScalars)
        try parse()
    }

    private func text(_ from: Int, _ to: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[Swift.max(0, from)..<Swift.min(to, s.count)])
        return String(v)
    }

    private var whole: String { text(0, s.count) }

    private mutating func parse() throws {
        while i < s.count {
            var repeatStart: Int?
            let c = s[i]
            switch c {
            case "(":
                if i + 1 < s.count && s[i + 1] == "?" {
                    try parsePerlFlags()
                } else {
                    openGroups.append(flags)
                    groupItems.append([])
                    groupNames.append(nil)
                    icuPattern += "("
                    hasOperand = false
                    i += 1
                }
            case "|":
                icuPattern += "|"
                hasOperand = false
                i += 1
            case ")":
                guard let saved = openGroups.popLast() else { throw ParseError(code: "unexpected )", expr: whole) }
                flags = saved
                icuPattern += ")"
                hasOperand = true
                let inner = groupItems.popLast() ?? []
                groupItems[groupItems.count - 1].append(inner.flatMap { $0 })
                i += 1
            case "^":
                icuPattern += flags.multiLine ? "(?:^|(?<=\\n))" : "(?:^)"
                pushAtom()
                i += 1
            case "$":
                icuPattern += flags.multiLine ? "(?=\\n|\\z)" : "(?:\\z)"
                pushAtom()
                i += 1
            case ".":
                icuPattern += flags.dotNL ? "[\\x{0}-\\x{10FFFF}]" : "[^\\n]"
                pushAtom()
                i += 1
            case "[":
                try parseClass()
            case "*", "+", "?":
                repeatStart = i
                i += 1
                try applyRepeat(String(c), start: repeatStart ?? i)
            case "{":
                if let (min, max, end) = parseRepeatBraces(at: i) {
                    repeatStart = i
                    if min < 0 || min > 1000 || max > 1000 || max >= 0 && min > max {
                        throw ParseError(code: "invalid repeat count", expr: text(i, end))
                    }
                    let op = max == -1 ? "{\(min),}" : (min == max ? "{\(min)}" : "{\(min),\(max)}")
                    i = end
                    try applyRepeat(op, start: repeatStart ?? i, counts: (min, max))
                } else {
                    literal("{")
                    i += 1
                }
            case "\\":
                try parseBackslash()
            default:
                literal(c)
                i += 1
            }
            lastRepeat = repeatStart
        }
        if !openGroups.isEmpty { throw ParseError(code: "missing closing )", expr: whole) }
    }

    /// A new item that a repetition operator can apply to.
    private mutating func pushAtom() {
        hasOperand = true
        groupItems[groupItems.count - 1].append([])
    }

    private mutating func literal(_ c: Unicode.Scalar) {
        let alternatives = flags.foldCase ? GoCaseFolding.orbit(c) : [c]
        icuPattern += alternatives.count > 1
            ? "[" + alternatives.map(GoRegexpSyntax.icuLiteral).joined() + "]"
            : GoRegexpSyntax.icuLiteral(c)
        pushAtom()
    }

    static func icuLiteral(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return String(c)
        case 0x21...0x7E: return "\\" + String(c)
        default: return "\\x{" + String(c.value, radix: 16) + "}"
        }
    }

    /// Go's `parser.repeat`: an optional `?` makes it lazy (or greedy under `(?U)`); stacking operators and
    /// repeating nothing are errors.
    private mutating func applyRepeat(_ op: String, start: Int, counts: (min: Int, max: Int)? = nil) throws {
        var lazy = flags.nonGreedy
        if i < s.count && s[i] == "?" {
            lazy.toggle()
            i += 1
        }
        if let last = lastRepeat {
            throw ParseError(code: "invalid nested repetition operator", expr: text(last, i))
        }
        guard hasOperand else {
            throw ParseError(code: "missing argument to repetition operator", expr: text(start, i))
        }
        if let counts = counts {
            // Go's repeatIsValid: along every chain of nested {n,m}, the counts must divide into 1000.
            let m = counts.max < 0 ? counts.min : counts.max
            let inner = groupItems[groupItems.count - 1].popLast() ?? []
            let chains = inner.isEmpty ? [[m]] : inner.map { [m] + $0 }
            if counts.min >= 2 || counts.max >= 2, !chains.allSatisfy(GoRegexpSyntax.repeatChainIsValid) {
                throw ParseError(code: "invalid repeat count", expr: text(start, i))
            }
            groupItems[groupItems.count - 1].append(chains)
        }
        icuPattern += op + (lazy ? "?" : "")
    }

    private static func repeatChainIsValid(_ chain: [Int]) -> Bool {
        var n = 1000
        for m in chain {
            if m == 0 { return true }
            if m > n { return false }
            n /= m
        }
        return true
    }

    /// `{n}`, `{n,}`, `{n,m}` at `at`; nil when it is not a repetition (then `{` is a literal).
    /// Returns min, max (-1 for none) and the index after `}`.
    private func parseRepeatBraces(at start: Int) -> (Int, Int, Int)? {
        var j = start + 1
        func isDigit(_ k: Int) -> Bool { k < s.count && ("0"..."9").contains(s[k]) }
        // Go's parseInt: no leading zeros; values from 1e8 up read as -1.
        func number() -> Int? {
            guard isDigit(j) else { return nil }
            if s[j] == "0" && isDigit(j + 1) { return nil }
            var n = 0
            while isDigit(j) {
                if n >= 100_000_000 { n = -1 } else if n >= 0 { n = n * 10 + Int(s[j].value - 0x30) }
                j += 1
            }
            return n
        }
        guard var min = number() else { return nil }
        var max = min
        if j < s.count && s[j] == "," {
            j += 1
            if j < s.count && s[j] == "}" {
                max = -1
            } else {
                guard let m = number() else { return nil }
                max = m
                if m < 0 { min = -1 }
            }
        }
        guard j < s.count, s[j] == "}" else { return nil }
        return (min, max, j + 1)
    }

    /// `(?flags)`, `(?flags:re)`, `(?P<name>re)`, `(?<name>re)`; anything else (lookaround) is an error.
    private mutating func parsePerlFlags() throws {
        let start = i
        let startsWithP = s.count - i > 4 && s[i + 2] == "P" && s[i + 3] == "<"
        let startsWithName = s.count - i > 3 && s[i + 2] == "<"
        if startsWithP || startsWithName {
            let nameStart = i + (startsWithP ? 4 : 3)
            guard let end = s[i...].firstIndex(of: ">") else {
                throw ParseError(code: "invalid named capture", expr: text(start, s.count))
            }
            let name = text(nameStart, end)
            let valid = !name.isEmpty && name.unicodeScalars.allSatisfy {
                ("0"..."9").contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_"
            }
            guard valid else { throw ParseError(code: "invalid named capture", expr: text(start, end + 1)) }
            openGroups.append(flags)
            groupItems.append([])
            groupNames.append(name)
            icuPattern += "("
            hasOperand = false
            i = end + 1
            return
        }
        var j = i + 2
        var newFlags = flags
        var negate = false
        var sawFlag = false
        while j < s.count {
            let c = s[j]
            j += 1
            switch c {
            case "i": newFlags.foldCase = !negate; sawFlag = true
            case "m": newFlags.multiLine = !negate; sawFlag = true
            case "s": newFlags.dotNL = !negate; sawFlag = true
            case "U": newFlags.nonGreedy = !negate; sawFlag = true
            case "-":
                if negate { throw ParseError(code: "invalid or unsupported Perl syntax", expr: text(start, j)) }
                negate = true
                sawFlag = false
            case ":", ")":
                if negate && !sawFlag {
                    throw ParseError(code: "invalid or unsupported Perl syntax", expr: text(start, j))
                }
                // Case folding is spelled out per literal (see GoCaseFolding), so no ICU flag is emitted.
                if c == ":" {
                    openGroups.append(flags)
                    groupItems.append([])
                    icuPattern += "(?:"
                    hasOperand = false
                }
                flags = newFlags
                i = j
                return
            default:
                throw ParseError(code: "invalid or unsupported Perl syntax", expr: text(start, j))
            }
        }
        throw ParseError(code: "missing closing )", expr: whole)
    }

    private static let wordClass = "0-9A-Za-z_"
    private static let perlClasses: [Unicode.Scalar: String] = [
        "d": "0-9", "s": "\\x{9}\\x{A}\\x{C}\\x{D}\\x{20}", "w": wordClass,
    ]
    private static let posixClasses: [String: String] = [
        "alnum": "0-9A-Za-z", "alpha": "A-Za-z", "ascii": "\\x{0}-\\x{7F}", "blank": "\\x{9}\\x{20}",
        "cntrl": "\\x{0}-\\x{1F}\\x{7F}", "digit": "0-9", "graph": "\\!-\\~", "lower": "a-z",
        "print": "\\x{20}-\\~", "punct": "\\!-\\/\\:-\\@\\[-\\`\\{-\\~",
        "space": "\\x{9}-\\x{D}\\x{20}", "upper": "A-Z", "word": wordClass, "xdigit": "0-9A-Fa-f",
    ]

    /// A named class's set body, widened by Go's case folding under `(?i)`.
    private func foldedBody(_ body: String) -> String {
        guard flags.foldCase else { return body }
        return body + GoCaseFolding.foldedAdditions(icuSet: "[" + body + "]").map(GoRegexpSyntax.icuLiteral).joined()
    }

    /// Escapes outside a class: assertions, Perl and Unicode classes, `\Q…\E`, then single characters.
    private mutating func parseBackslash() throws {
        guard i + 1 < s.count else { throw ParseError(code: "trailing backslash at end of expression", expr: "") }
        let c = s[i + 1]
        switch c {
        case "A":
            icuPattern += "(?:\\A)"; pushAtom(); i += 2
        case "z":
            icuPattern += "(?:\\z)"; pushAtom(); i += 2
        case "b", "B":
            let w = "[" + GoRegexpSyntax.wordClass + "]"
            icuPattern += c == "b"
                ? "(?:(?<=\(w))(?!\(w))|(?<!\(w))(?=\(w)))"
                : "(?:(?<=\(w))(?=\(w))|(?<!\(w))(?!\(w)))"
            pushAtom(); i += 2
        case "Q":
            i += 2
            while i < s.count {
                if s[i] == "\\" && i + 1 < s.count && s[i + 1] == "E" { i += 2; return }
                literal(s[i])
                i += 1
            }
        case "d", "s", "w", "D", "S", "W":
            let lower = Unicode.Scalar(c.value | 0x20) ?? c
            let set = foldedBody(GoRegexpSyntax.perlClasses[lower] ?? "")
            icuPattern += (c == lower ? "[" : "[^") + set + "]"
            pushAtom(); i += 2
        case "p", "P":
            let start = i
            icuPattern += try unicodeClass(start: start)
            pushAtom()
        case "C":
            throw ParseError(code: "invalid escape sequence", expr: text(i, i + 2))
        default:
            let start = i
            literal(try escapedScalar(start: start))
        }
    }

    /// `\pL`, `\p{Greek}`, `\p{^Greek}`, `\PL` starting at `start` (names as `GoUnicodeClass` reads
    /// them); advances past it.
    private mutating func unicodeClass(start: Int) throws -> String {
        let negated = s[start + 1] == "P"
        var j = start + 2
        guard j < s.count else { throw ParseError(code: "invalid character class range", expr: text(start, j)) }
        var name: String
        if s[j] == "{" {
            guard let close = s[j...].firstIndex(of: "}") else {
                throw ParseError(code: "invalid character class range", expr: text(start, s.count))
            }
            name = text(j + 1, close)
            j = close + 1
        } else {
            name = String(s[j])
            j += 1
        }
        var negate = negated
        if name.hasPrefix("^") { negate.toggle(); name.removeFirst() }
        guard let table = GoUnicodeClass(name: name) else {
            throw ParseError(code: "invalid character class range", expr: text(start, j))
        }
        i = j
        return table.icuSet(negated: negate, foldCase: flags.foldCase)
    }

    /// Go's `parseEscape`: one escaped character (octal, hex, C escapes, punctuation).
    private mutating func escapedScalar(start: Int) throws -> Unicode.Scalar {
        var j = start + 1
        guard j < s.count else { throw ParseError(code: "trailing backslash at end of expression", expr: "") }
        let c = s[j]
        j += 1
        func fail() -> ParseError { ParseError(code: "invalid escape sequence", expr: text(start, j)) }
        func isOctal(_ k: Int) -> Bool { k < s.count && ("0"..."7").contains(s[k]) }
        switch c {
        case "1"..."7", "0":
            // A lone non-zero digit would be a backreference, which RE2 does not have.
            if c != "0" && !isOctal(j) { throw fail() }
            var value = c.value - 0x30
            for _ in 0..<2 where isOctal(j) {
                value = value * 8 + (s[j].value - 0x30)
                j += 1
            }
            i = j
            return Unicode.Scalar(value) ?? "\u{0}"
        case "x":
            guard j < s.count else { throw fail() }
            if s[j] == "{" {
                j += 1
                var value: UInt32 = 0
                var digits = 0
                while j < s.count, let d = hexValue(s[j]) {
                    value = value &* 16 &+ d
                    digits += 1
                    j += 1
                    if value > 0x10FFFF { throw fail() }
                }
                guard digits > 0, j < s.count, s[j] == "}" else {
                    // Go has consumed the character it stopped at.
                    if j < s.count { j += 1 }
                    throw fail()
                }
                j += 1
                i = j
                guard let scalar = Unicode.Scalar(value) else { throw fail() }
                return scalar
            }
            // Go reads both characters before checking them.
            let hi = hexValue(s[j])
            j += 1
            let lo = j < s.count ? hexValue(s[j]) : nil
            if j < s.count { j += 1 }
            guard let hi = hi, let lo = lo else { throw fail() }
            i = j
            return Unicode.Scalar(hi * 16 + lo) ?? "\u{0}"
        case "a": i = j; return "\u{7}"
        case "f": i = j; return "\u{C}"
        case "n": i = j; return "\n"
        case "r": i = j; return "\r"
        case "t": i = j; return "\t"
        case "v": i = j; return "\u{B}"
        default:
            if c.value < 0x80 && !(("0"..."9").contains(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c)) {
                i = j
                return c
            }
            throw fail()
        }
    }

    private func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 0x30
        case "a"..."f": return c.value - 0x61 + 10
        case "A"..."F": return c.value - 0x41 + 10
        default: return nil
        }
    }

    /// A bracketed class, emitted as an ICU set whose members are all escaped (ICU gives `[`, `&&`, `--`
    /// meaning inside sets; Go does not).
    private mutating func parseClass() throws {
        let start = i
        var out = "["
        i += 1
        if i < s.count && s[i] == "^" {
            out += "^"
            i += 1
        }
        var first = true
        var members = ""
        while i < s.count && (s[i] != "]" || first) {
            first = false
            // POSIX class [:name:] / [:^name:]
            if s[i] == "[" && i + 1 < s.count && s[i + 1] == ":" {
                if let close = findPosixEnd(from: i + 2) {
                    var name = text(i + 2, close)
                    var negate = false
                    if name.hasPrefix("^") { negate = true; name.removeFirst() }
                    guard let set = GoRegexpSyntax.posixClasses[name] else {
                        throw ParseError(code: "invalid character class range", expr: text(i, close + 2))
                    }
                    members += negate ? "[^" + foldedBody(set) + "]" : foldedBody(set)
                    i = close + 2
                    continue
                }
            }
            if s[i] == "\\" && i + 1 < s.count {
                let c = s[i + 1]
                if "dswDSW".unicodeScalars.contains(c) {
                    let lower = Unicode.Scalar(c.value | 0x20) ?? c
                    let set = foldedBody(GoRegexpSyntax.perlClasses[lower] ?? "")
                    members += c == lower ? set : "[^" + set + "]"
                    i += 2
                    continue
                }
                if c == "p" || c == "P" {
                    let st = i
                    members += try unicodeClass(start: st)
                    continue
                }
            }
            let rangeStart = i
            let lo = try classChar(classStart: start)
            var hi = lo
            if i + 1 < s.count && s[i] == "-" && s[i + 1] != "]" {
                i += 1
                hi = try classChar(classStart: start)
                if hi.value < lo.value {
                    throw ParseError(code: "invalid character class range", expr: text(rangeStart, i))
                }
            }
            members += GoRegexpSyntax.icuLiteral(lo)
            if hi != lo { members += "-" + GoRegexpSyntax.icuLiteral(hi) }
            if flags.foldCase {
                members += GoCaseFolding.foldedAdditions(lo, hi).map(GoRegexpSyntax.icuLiteral).joined()
            }
        }
        guard i < s.count else { throw ParseError(code: "missing closing ]", expr: text(start, s.count)) }
        i += 1
        // An empty negated set would be an ICU error; [^] cannot arise since ] first is a member.
        icuPattern += out + members + "]"
        pushAtom()
    }

    private func findPosixEnd(from j: Int) -> Int? {
        var k = j
        while k + 1 < s.count {
            if s[k] == ":" && s[k + 1] == "]" { return k }
            if s[k] == "]" { return nil }
            k += 1
        }
        return nil
    }

    /// One class member character, possibly escaped.
    private mutating func classChar(classStart: Int) throws -> Unicode.Scalar {
        guard i < s.count else { throw ParseError(code: "missing closing ]", expr: text(classStart, s.count)) }
        if s[i] == "\\" {
            let st = i
            return try escapedScalar(start: st)
        }
        let c = s[i]
        i += 1
        return c
    }
}
