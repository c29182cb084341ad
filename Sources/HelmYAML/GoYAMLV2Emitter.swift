/// go-yaml v2's emitter (emitterc.go, a port of libyaml's) for what sigs.k8s.io/yaml's encoder sends
/// it: block mappings and sequences, `{}` and `[]` for empty ones, untagged scalars asked for in plain,
/// double-quoted or literal style and falling back as the emitter decides. Indent 2, width 80, UTF-8
/// with unicode output, line breaks `\n`.
///
/// The emitter's state machine is unrolled into calls the encoder makes while it walks a value, and
/// text goes straight into a byte buffer. Where go-yaml's port differs from libyaml it follows go-yaml:
/// a single-quoted scalar ending in a line break character gets no indentation before its closing quote.
struct GoYAMLV2Emitter {
    enum Style {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
    }

    private static let bestIndent = 2
    private static let bestWidth = 80

    private(set) var output: [UInt8] = []
    /// Characters (not bytes) since the last line break, as the emitter counts them for folding.
    private var column = 0
    private var indent = -1
    /// The last thing written was whitespace (or nothing), so an indicator needs no space before it.
    private var whitespace = true
    /// Only indentation has been written on the current line.
    private var indention = true

    init(capacity: Int = 0) {
        output.reserveCapacity(capacity)
    }

    // MARK: Structure

    /// Starts a block mapping; returns the indentation to restore with `endCollection`.
    mutating func beginMapping() -> Int {
        let saved = indent
        increaseIndent(flow: false, indentless: false)
        return saved
    }

    /// Starts a block sequence. As a mapping's value (`inMapping`) its items are not indented past the
    /// key, unless the key was written in `? ` form.
    mutating func beginSequence(inMapping: Bool) -> Int {
        let saved = indent
        increaseIndent(flow: false, indentless: inMapping && !indention)
        return saved
    }

    mutating func endCollection(_ saved: Int) {
        indent = saved
    }

    /// `- ` before a sequence item.
    mutating func sequenceItem() {
        writeIndent()
        writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
    }

    /// A mapping key, then the `:` before its value: `key:` when it fits a simple key (one line, at
    /// most 128 bytes), else `? key` and `:` on the next line.
    mutating func key(_ text: UnsafeBufferPointer<UInt8>, style: Style, analysis: ScalarAnalysis) {
        writeIndent()
        if !analysis.multiline && text.count <= 128 {
            scalar(text, style: style, analysis: analysis, simpleKey: true)
            writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
        } else {
            writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
            scalar(text, style: style, analysis: analysis, simpleKey: false)
            writeIndent()
            writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
        }
    }

    /// An empty mapping or sequence, which the emitter writes in flow style: `{}` or `[]`.
    mutating func emptyCollection(mapping: Bool) {
        writeIndicator(mapping ? "{" : "[", needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator(mapping ? "}" : "]", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    /// The end of the document: the final line break.
    mutating func finish() {
        indent = -1
        writeIndent()
    }

    // MARK: Scalars

    /// A scalar value (not a key) in `style` or the style the emitter falls back to.
    mutating func scalar(_ text: UnsafeBufferPointer<UInt8>, style: Style, analysis: ScalarAnalysis) {
        scalar(text, style: style, analysis: analysis, simpleKey: false)
    }

    /// A plain scalar known to need no quoting or folding (a number, `null`, `true`): ASCII without
    /// spaces, breaks or indicators.
    mutating func plainToken(_ text: UnsafeBufferPointer<UInt8>) {
        if !whitespace { put(0x20) }
        output.append(contentsOf: text)
        column &+= text.count
        whitespace = false
        indention = false
    }

    private mutating func scalar(_ text: UnsafeBufferPointer<UInt8>, style requested: Style,
                                 analysis: ScalarAnalysis, simpleKey: Bool) {
        var style = requested
        if simpleKey && analysis.multiline { style = .doubleQuoted }
        if style == .plain {
            if !analysis.blockPlainAllowed || (text.isEmpty && simpleKey) { style = .singleQuoted }
        }
        if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
        if style == .literal && (!analysis.blockAllowed || simpleKey) { style = .doubleQuoted }

        let saved = indent
        increaseIndent(flow: true, indentless: false)
        switch style {
        case .plain: writePlain(text, allowBreaks: !simpleKey, analysis: analysis)
        case .singleQuoted: writeSingleQuoted(text, allowBreaks: !simpleKey)
        case .doubleQuoted: writeDoubleQuoted(text, allowBreaks: !simpleKey)
        case .literal: writeLiteral(text)
        }
        indent = saved
    }

    private mutating func writePlain(_ s: UnsafeBufferPointer<UInt8>, allowBreaks: Bool, analysis: ScalarAnalysis) {
        if !whitespace { put(0x20) }
        if !analysis.hasSpace && !analysis.multiline {
            // One word: nothing to fold.
            output.append(contentsOf: s)
            column &+= analysis.characters
            whitespace = false
            indention = false
            return
        }
        var spaces = false, breaks = false
        var i = 0
        while i < s.count {
            if s[i] == 0x20 {
                if allowBreaks && !spaces && column > Self.bestWidth && !(i + 1 < s.count && s[i + 1] == 0x20) {
                    writeIndent()
                    i += 1
                } else {
                    put(0x20)
                    i += 1
                }
                spaces = true
            } else if UTF8Class.isBreak(s, i) {
                if !breaks && s[i] == 0x0A { putBreak() }
                writeBreak(s, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                writeRun(s, &i, stoppingAtQuote: false)
                indention = false
                spaces = false
                breaks = false
            }
        }
        whitespace = false
        indention = false
    }

    private mutating func writeSingleQuoted(_ s: UnsafeBufferPointer<UInt8>, allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false, breaks = false
        var i = 0
        while i < s.count {
            if s[i] == 0x20 {
                if allowBreaks && !spaces && column > Self.bestWidth && i != 0 && i != s.count - 1
                    && !(i + 1 < s.count && s[i + 1] == 0x20) {
                    writeIndent()
                    i += 1
                } else {
                    put(0x20)
                    i += 1
                }
                spaces = true
            } else if UTF8Class.isBreak(s, i) {
                if !breaks && s[i] == 0x0A { putBreak() }
                writeBreak(s, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if s[i] == UInt8(ascii: "'") {
                    put(UInt8(ascii: "'"))
                    write(s, &i)
                } else {
                    writeRun(s, &i, stoppingAtQuote: true)
                }
                indention = false
                spaces = false
                breaks = false
            }
        }
        // go-yaml's port writes no indentation before the closing quote after a trailing break.
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private mutating func writeDoubleQuoted(_ s: UnsafeBufferPointer<UInt8>, allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if c > 0x20 && c < 0x7F && c != UInt8(ascii: "\"") && c != UInt8(ascii: "\\") {
                // A run of printable ASCII other than space, quote and backslash goes out as it is.
                var j = i + 1
                while j < s.count {
                    let d = s[j]
                    guard d > 0x20 && d < 0x7F && d != UInt8(ascii: "\"") && d != UInt8(ascii: "\\") else { break }
                    j += 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: s[i ..< j]))
                column &+= j - i
                i = j
                spaces = false
            } else if !UTF8Class.isPrintable(s, i) || UTF8Class.isBOM(s, i) || UTF8Class.isBreak(s, i)
                || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
                let (value, width) = UTF8Class.decode(s, i)
                i += width
                put(UInt8(ascii: "\\"))
                writeEscape(value)
                spaces = false
            } else if c == 0x20 {
                if allowBreaks && !spaces && column > Self.bestWidth && i != 0 && i != s.count - 1 {
                    writeIndent()
                    if i + 1 < s.count && s[i + 1] == 0x20 { put(UInt8(ascii: "\\")) }
                } else {
                    put(0x20)
                }
                i += 1
                spaces = true
            } else {
                write(s, &i)
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// The letter or hex digits after `\` for a character that cannot appear as itself.
    private mutating func writeEscape(_ value: UInt32) {
        let short: UInt8?
        switch value {
        case 0x00: short = UInt8(ascii: "0")
        case 0x07: short = UInt8(ascii: "a")
        case 0x08: short = UInt8(ascii: "b")
        case 0x09: short = UInt8(ascii: "t")
        case 0x0A: short = UInt8(ascii: "n")
        case 0x0B: short = UInt8(ascii: "v")
        case 0x0C: short = UInt8(ascii: "f")
        case 0x0D: short = UInt8(ascii: "r")
        case 0x1B: short = UInt8(ascii: "e")
        case 0x22: short = UInt8(ascii: "\"")
        case 0x5C: short = UInt8(ascii: "\\")
        case 0x85: short = UInt8(ascii: "N")
        case 0xA0: short = UInt8(ascii: "_")
        case 0x2028: short = UInt8(ascii: "L")
        case 0x2029: short = UInt8(ascii: "P")
        default: short = nil
        }
        if let short {
            put(short)
            return
        }
        let digits: Int
        if value <= 0xFF {
            put(UInt8(ascii: "x"))
            digits = 2
        } else if value <= 0xFFFF {
            put(UInt8(ascii: "u"))
            digits = 4
        } else {
            put(UInt8(ascii: "U"))
            digits = 8
        }
        var shift = (digits - 1) * 4
        while shift >= 0 {
            let digit = UInt8(truncatingIfNeeded: (value >> UInt32(shift)) & 0x0F)
            put(digit < 10 ? digit + 0x30 : digit - 10 + UInt8(ascii: "A"))
            shift -= 4
        }
    }

    private mutating func writeLiteral(_ s: UnsafeBufferPointer<UInt8>) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        writeBlockScalarHints(s)
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        var i = 0
        while i < s.count {
            if UTF8Class.isBreak(s, i) {
                writeBreak(s, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                writeRun(s, &i, stoppingAtSpace: false, stoppingAtQuote: false)
                indention = false
                breaks = false
            }
        }
    }

    /// The indentation indicator (text starting with a space or break) and the chomping indicator:
    /// `-` without a final break, `+` with more than one.
    private mutating func writeBlockScalarHints(_ s: UnsafeBufferPointer<UInt8>) {
        if !s.isEmpty && (s[0] == 0x20 || UTF8Class.isBreak(s, 0)) {
            writeIndicator(UInt8(0x30 + Self.bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomp: UInt8?
        if s.isEmpty {
            chomp = UInt8(ascii: "-")
        } else {
            var last = s.count - 1
            while last > 0 && s[last] & 0xC0 == 0x80 { last -= 1 }
            if !UTF8Class.isBreak(s, last) {
                chomp = UInt8(ascii: "-")
            } else if last == 0 {
                chomp = UInt8(ascii: "+")
            } else {
                var previous = last - 1
                while previous > 0 && s[previous] & 0xC0 == 0x80 { previous -= 1 }
                if UTF8Class.isBreak(s, previous) { chomp = UInt8(ascii: "+") }
            }
        }
        if let chomp {
            writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false)
        }
    }

    // MARK: Writing

    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        if indent < 0 {
            indent = flow ? Self.bestIndent : 0
        } else if !indentless {
            indent &+= Self.bestIndent
        }
    }

    private mutating func writeIndent() {
        let target = Swift.max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) {
            putBreak()
        }
        if column < target {
            output.append(contentsOf: repeatElement(0x20, count: target - column))
            column = target
        }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(_ indicator: Unicode.Scalar, needWhitespace: Bool, isWhitespace: Bool,
                                         isIndention: Bool) {
        writeIndicator(UInt8(truncatingIfNeeded: indicator.value), needWhitespace: needWhitespace,
                       isWhitespace: isWhitespace, isIndention: isIndention)
    }

    private mutating func writeIndicator(_ indicator: UInt8, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(0x20) }
        put(indicator)
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        output.append(byte)
        column &+= 1
    }

    @inline(__always) private mutating func putBreak() {
        output.append(0x0A)
        column = 0
    }

    /// Copies characters from `i` up to the next line break (and space, or `'`, when asked), counting
    /// one column per character. The first character is copied whatever it is.
    @inline(__always) private mutating func writeRun(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int,
                                                     stoppingAtSpace: Bool = true, stoppingAtQuote: Bool) {
        let start = i
        var characters = 0
        var j = i
        while j < s.count {
            let d = s[j]
            if j > start {
                if d == 0x0A || d == 0x0D || (stoppingAtSpace && d == 0x20) || (stoppingAtQuote && d == UInt8(ascii: "'")) {
                    break
                }
                if (d == 0xC2 || d == 0xE2) && UTF8Class.isBreak(s, j) { break }
            }
            if d & 0xC0 != 0x80 { characters &+= 1 }
            j += 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: s[start ..< j]))
        column &+= characters
        i = j
    }

    /// Copies the character at `i` (all its bytes) and advances past it.
    @inline(__always) private mutating func write(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        if s[i] < 0x80 {
            output.append(s[i])
            column &+= 1
            i += 1
            return
        }
        let end = Swift.min(i + UTF8Class.width(s[i]), s.count)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: s[i ..< end]))
        column &+= 1
        i = end
    }

    /// Copies a line break character: `\n` as the emitter's own break, others as they are.
    private mutating func writeBreak(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        if s[i] == 0x0A {
            putBreak()
            i += 1
        } else {
            write(s, &i)
            column = 0
        }
    }
}

/// What the emitter's `analyze_scalar` decides about a scalar's text (which styles can carry it), and
/// two facts the encoder needs from the same pass: a `\n` in it (go-yaml asks for literal style) and
/// whether it survives sigs.k8s.io/yaml's JSON round trip (`YAMLEncoding.survivesJSONRoundTrip`).
struct ScalarAnalysis {
    var multiline = false
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true
    var hasNewline = false
    var survivesJSONRoundTrip = true
    /// A space anywhere (where a plain or quoted scalar may be folded).
    var hasSpace = false
    /// Characters, not bytes: the columns the text takes on one line.
    var characters = 0

    init(_ s: UnsafeBufferPointer<UInt8>) {
        let n = s.count
        if n == 0 {
            blockAllowed = false
            return
        }
        var blockIndicators = false
        var lineBreaks = false, specialCharacters = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false
        var previousSpace = false, previousBreak = false
        var precededByWhitespace = true

        if n >= 3 && ((s[0] == 0x2D && s[1] == 0x2D && s[2] == 0x2D) || (s[0] == 0x2E && s[1] == 0x2E && s[2] == 0x2E)) {
            blockIndicators = true
        }
        var i = 0
        while i < n {
            let c = s[i]
            if Self.isOrdinary(c) {
                // Letters and digits: no indicator, space or break. Skip the whole run.
                let runStart = i
                i += 1
                while i < n && Self.isOrdinary(s[i]) { i += 1 }
                characters &+= i - runStart
                previousSpace = false
                previousBreak = false
                precededByWhitespace = false
                continue
            }
            var width = 1
            let isSpace: Bool, isBreak: Bool, isBlankz: Bool
            if c < 0x80 {
                // Indicators: only these characters need to know what follows or precedes them.
                switch c {
                case UInt8(ascii: "#"):
                    if i == 0 || precededByWhitespace { blockIndicators = true }
                case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                     UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
                     UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                    if i == 0 { blockIndicators = true }
                case UInt8(ascii: "?"), UInt8(ascii: "-"):
                    if i == 0 && UTF8Class.isBlankOrBreakOrNul(s, i + 1) { blockIndicators = true }
                case UInt8(ascii: ":"):
                    if UTF8Class.isBlankOrBreakOrNul(s, i + 1) { blockIndicators = true }
                default:
                    break
                }
                isSpace = c == 0x20
                isBreak = c == 0x0A || c == 0x0D
                isBlankz = isSpace || isBreak || c == 0x09 || c == 0
                if c == 0x0A {
                    hasNewline = true
                } else if !isSpace && (c < 0x20 || c == 0x7F) {
                    specialCharacters = true
                    if c == 0x7F { survivesJSONRoundTrip = false }
                }
            } else {
                width = Swift.max(1, Swift.min(UTF8Class.width(c), n - i))
                isSpace = false
                isBreak = UTF8Class.isBreak(s, i)
                isBlankz = isBreak
                if !UTF8Class.isPrintable(s, i) { specialCharacters = true }
                if (c == 0xC2 && UTF8Class.at(s, i + 1) <= 0x9F)
                    || (c == 0xEF && UTF8Class.at(s, i + 1) == 0xBF && UTF8Class.at(s, i + 2) >= 0xBE) {
                    survivesJSONRoundTrip = false
                }
            }
            characters &+= 1
            if isSpace {
                hasSpace = true
                if i == 0 { leadingSpace = true }
                if i + width == n { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if isBreak {
                lineBreaks = true
                if i == 0 { leadingBreak = true }
                if i + width == n { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = isBlankz
            i += width
        }
        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak { blockPlainAllowed = false }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters {
            blockPlainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if lineBreaks { blockPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }
}

extension ScalarAnalysis {
    /// An ASCII letter or digit.
    @inline(__always) static func isOrdinary(_ c: UInt8) -> Bool {
        let lower = c | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (c >= 0x30 && c <= 0x39)
    }
}

/// libyaml's character classes over UTF-8 bytes (`IS_BREAK`, `IS_PRINTABLE`, ...). Reads past the end
/// see nothing, as libyaml's NUL terminator would.
enum UTF8Class {
    /// Bytes in the character starting with `lead` (1 for a stray continuation byte).
    @inline(__always) static func width(_ lead: UInt8) -> Int {
        if lead & 0x80 == 0 { return 1 }
        if lead & 0xE0 == 0xC0 { return 2 }
        if lead & 0xF0 == 0xE0 { return 3 }
        if lead & 0xF8 == 0xF0 { return 4 }
        return 1
    }

    @inline(__always) static func at(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt8 {
        i >= 0 && i < s.count ? s[i] : 0
    }

    /// `\r`, `\n`, NEL (U+0085), LS (U+2028), PS (U+2029).
    @inline(__always) static func isBreak(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = at(s, i)
        if c == 0x0A || c == 0x0D { return true }
        if c == 0xC2 { return at(s, i + 1) == 0x85 }
        if c == 0xE2 { return at(s, i + 1) == 0x80 && (at(s, i + 2) == 0xA8 || at(s, i + 2) == 0xA9) }
        return false
    }

    /// libyaml's `IS_BLANKZ`: space, tab, a break, or the end of the text.
    static func isBlankOrBreakOrNul(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = at(s, i)
        return c == 0x20 || c == 0x09 || c == 0 || isBreak(s, i)
    }

    static func isBOM(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        at(s, i) == 0xEF && at(s, i + 1) == 0xBB && at(s, i + 2) == 0xBF
    }

    /// `\n`, printable ASCII, and the BMP outside surrogates, U+FEFF, U+FFFE and U+FFFF. Characters
    /// beyond the BMP are not printable to libyaml (nor to go-yaml v2): they get `\U` escapes.
    static func isPrintable(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = at(s, i)
        if c == 0x0A || (c >= 0x20 && c <= 0x7E) { return true }
        if c == 0xC2 { return at(s, i + 1) >= 0xA0 }
        if c > 0xC2 && c < 0xED { return true }
        if c == 0xED { return at(s, i + 1) < 0xA0 }
        if c == 0xEE { return true }
        if c == 0xEF {
            let c1 = at(s, i + 1), c2 = at(s, i + 2)
            return !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF))
        }
        return false
    }

    /// The code point at `i` and its width in bytes.
    static func decode(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let lead = s[i]
        let width = Swift.min(self.width(lead), s.count - i)
        var value: UInt32
        switch width {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        case 4: value = UInt32(lead & 0x07)
        default: value = UInt32(lead & 0x7F)
        }
        var k = 1
        while k < width {
            value = (value << 6) | UInt32(s[i + k] & 0x3F)
            k += 1
        }
        return (value, Swift.max(width, 1))
    }
}
