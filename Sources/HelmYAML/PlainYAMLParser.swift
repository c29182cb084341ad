/// A fast reader for the plain subset of YAML most values files are written in: block mappings and
/// sequences indented with spaces, one-line plain and quoted scalars, one-line flow collections,
/// literal block scalars and comments. It builds the same `YAMLDocument` libyaml's events build (same
/// nodes, text, styles) at a small fraction of libyaml's cost, and gives up (nil) on anything else:
/// folded block scalars and indentation indicators, multi-line plain, quoted or flow values, anchors,
/// aliases, tags, complex keys, tabs, CR line ends, directives, document markers after the first
/// line, deep nesting, and every form libyaml would reject. The caller then parses the text with
/// libyaml, which also produces the errors.
struct PlainYAMLParser {
    private struct Unsupported: Error {}

    private static let maxDepth = 200
    /// libyaml refuses simple keys longer than 1024 characters.
    private static let maxKeyLength = 1000

    private let s: UnsafeBufferPointer<UInt8>
    private var document = YAMLDocument()
    private var lineStarts: [Int] = []
    /// The first non-space byte of each line (the line's end when it is blank).
    private var lineContents: [Int] = []
    /// Index of the line being read, and where it ends.
    private var line = 0 {
        didSet { currentLineEnd = lineEnd(line) }
    }
    private var currentLineEnd = 0
    private var depth = 0

    /// Splits `s` into lines, or nil when it holds a character the subset leaves to libyaml: a control
    /// character other than `\n` (tabs and CR included), DEL, a C1 control (NEL among them), LS, PS,
    /// a byte order mark or U+FFFE/U+FFFF.
    private init?(_ s: UnsafeBufferPointer<UInt8>) {
        self.s = s
        let n = s.count
        lineStarts.reserveCapacity(n / 32 + 1)
        lineContents.reserveCapacity(n / 32 + 1)
        lineStarts.append(0)
        var i = 0
        var inIndentation = true
        while i < n {
            let c = s[i]
            if c == 0x0A {
                if inIndentation { lineContents.append(i) }
                lineStarts.append(i + 1)
                inIndentation = true
                i += 1
                continue
            }
            if inIndentation && c != 0x20 {
                lineContents.append(i)
                inIndentation = false
            }
            if c >= 0x20 && c < 0x7F {
                i += 1
                // The rest of an ordinary line in one tight loop.
                while i < n, s[i] >= 0x20, s[i] < 0x7F, !inIndentation || s[i] == 0x20 { i += 1 }
                continue
            }
            if c < 0x80 { return nil }
            let c1: UInt8 = i + 1 < n ? s[i + 1] : 0, c2: UInt8 = i + 2 < n ? s[i + 2] : 0
            if c == 0xC2 && c1 < 0xA0 { return nil }
            if c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9) { return nil }
            if c == 0xEF && ((c1 == 0xBB && c2 == 0xBF) || (c1 == 0xBF && c2 >= 0xBE)) { return nil }
            i += 1
        }
        if inIndentation { lineContents.append(n) }
        document.text.reserveCapacity(n)
        document.nodes.reserveCapacity(lineStarts.count * 2)
        currentLineEnd = lineEnd(0)
    }

    /// The first document of `text`, or nil when the text is outside the subset.
    static func parse(_ text: String) -> YAMLDocument? {
        var text = text
        return text.withUTF8 { buffer -> YAMLDocument? in
            guard !buffer.isEmpty, var parser = PlainYAMLParser(buffer) else { return nil }
            return try? parser.parseDocument()
        }
    }

    // MARK: Lines

    private var lineCount: Int { lineStarts.count }

    private func lineEnd(_ l: Int) -> Int {
        l + 1 < lineStarts.count ? lineStarts[l + 1] - 1 : s.count
    }

    /// The first non-space byte of line `l` (its end when blank).
    private func content(_ l: Int) -> Int { lineContents[l] }

    private func indent(_ l: Int) -> Int { lineContents[l] - lineStarts[l] }

    /// The first line at or after `l` holding more than spaces and a comment.
    private func nextContentLine(from l: Int) -> Int? {
        var l = l
        while l < lineCount {
            let c = lineContents[l]
            if c < lineEnd(l) && s[c] != UInt8(ascii: "#") { return l }
            l += 1
        }
        return nil
    }

    private func at(_ p: Int) -> UInt8 { p < currentLineEnd ? s[p] : 0x0A }

    /// A space or the end of the line.
    private func isBlankOrEnd(_ p: Int) -> Bool {
        p >= currentLineEnd || s[p] == 0x20
    }

    private func skipSpaces(_ p: Int) -> Int {
        var p = p
        while p < currentLineEnd && s[p] == 0x20 { p += 1 }
        return p
    }

    /// After a value: nothing but spaces and a comment may follow on the line.
    private func expectLineEnd(_ p: Int) throws {
        let q = skipSpaces(p)
        if q == currentLineEnd { return }
        guard q > p && s[q] == UInt8(ascii: "#") else { throw Unsupported() }
    }

    // MARK: Document

    private mutating func parseDocument() throws -> YAMLDocument {
        guard var first = nextContentLine(from: 0) else { throw Unsupported() }
        var startMarker: Int?
        // A leading `---` the document splitter kept; libyaml reads it as the document start.
        if isMarker(first) && s[lineStarts[first]] == UInt8(ascii: "-") {
            startMarker = first
            let rest = skipSpacesOnLine(first, from: lineStarts[first] + 3)
            guard rest == lineEnd(first) || s[rest] == UInt8(ascii: "#") else { throw Unsupported() }
            guard let next = nextContentLine(from: first + 1) else { throw Unsupported() }
            first = next
        }
        line = first
        let start = content(first)
        if isSequenceItem(start) {
            try parseBlockSequence(indent: indent(first), indentless: false)
        } else if scanKey(at: start) != nil {
            try parseBlockMapping(indent: indent(first), firstEntry: start)
        } else {
            throw Unsupported()
        }
        guard nextContentLine(from: line + 1) == nil else { throw Unsupported() }
        // Markers and directives anywhere are libyaml's business.
        for l in 0 ..< lineCount where l != startMarker
            && (isMarker(l) || s[lineStarts[l] ..< lineEnd(l)].first == UInt8(ascii: "%")) {
            throw Unsupported()
        }
        return document
    }

    private func skipSpacesOnLine(_ l: Int, from p: Int) -> Int {
        var p = p
        while p < lineEnd(l) && s[p] == 0x20 { p += 1 }
        return p
    }

    /// `---` or `...` at the start of line `l`, followed by a space or the line end.
    private func isMarker(_ l: Int) -> Bool {
        let p = lineStarts[l], end = lineEnd(l)
        guard end - p >= 3 else { return false }
        let c = s[p]
        guard (c == UInt8(ascii: "-") || c == UInt8(ascii: ".")) && s[p + 1] == c && s[p + 2] == c else { return false }
        return end == p + 3 || s[p + 3] == 0x20
    }

    // MARK: Block collections

    private func isSequenceItem(_ p: Int) -> Bool {
        s[p] == UInt8(ascii: "-") && isBlankOrEnd(p + 1)
    }

    /// A block mapping whose keys start at column `indent`; its first key is at `firstEntry` on the
    /// current line (after `- ` for a mapping inside a sequence item).
    private mutating func parseBlockMapping(indent: Int, firstEntry: Int) throws {
        let index = try openCollection(.mapping, at: firstEntry)
        var entry = firstEntry
        while true {
            try parseMappingEntry(at: entry, indent: indent)
            guard let next = nextContentLine(from: line + 1) else { break }
            let nextIndent = self.indent(next)
            if nextIndent < indent { break }
            guard nextIndent == indent else { throw Unsupported() }
            line = next
            entry = content(next)
            guard !isSequenceItem(entry) else { throw Unsupported() }
        }
        close(index)
    }

    /// One `key: value` entry; leaves `line` on the entry's last line.
    private mutating func parseMappingEntry(at p: Int, indent: Int) throws {
        guard let key = scanKey(at: p) else { throw Unsupported() }
        try appendKey(key)
        let rest = skipSpaces(key.afterColon)
        if rest == currentLineEnd || s[rest] == UInt8(ascii: "#") {
            // The value is on the following lines: a nested block, an indentless sequence, or nothing.
            if let next = nextContentLine(from: line + 1) {
                let nextIndent = self.indent(next)
                let start = content(next)
                if nextIndent > indent {
                    line = next
                    try parseBlockNode(at: start, parentIndent: indent)
                    return
                }
                if nextIndent == indent && startsSequenceItem(line: next) {
                    line = next
                    try parseBlockSequence(indent: indent, indentless: true)
                    return
                }
            }
            appendEmptyScalar(at: rest)
            return
        }
        try parseInlineValue(at: rest, blockIndent: indent)
        try expectNoDeeperLine(than: indent)
    }

    /// The value of a key or dash that starts on a following, more indented line (`line`): a block
    /// collection, or a scalar or flow collection on that line.
    private mutating func parseBlockNode(at start: Int, parentIndent: Int) throws {
        if isSequenceItem(start) {
            try parseBlockSequence(indent: indent(line), indentless: false)
        } else if scanKey(at: start) != nil {
            try parseBlockMapping(indent: indent(line), firstEntry: start)
        } else {
            try parseInlineValue(at: start, blockIndent: parentIndent)
            try expectNoDeeperLine(than: parentIndent)
        }
    }

    private func startsSequenceItem(line l: Int) -> Bool {
        let p = content(l)
        return s[p] == UInt8(ascii: "-") && (p + 1 >= lineEnd(l) || s[p + 1] == 0x20)
    }

    /// After a value written on its key's (or dash's) line, a more indented line would continue a
    /// plain scalar or be an error: either way, libyaml's to read.
    private func expectNoDeeperLine(than indent: Int) throws {
        if let next = nextContentLine(from: line + 1), self.indent(next) > indent { throw Unsupported() }
    }

    /// A block sequence whose dashes are at column `indent`. `indentless`: the value of a mapping key
    /// at the same column, which ends at the first line that is not an item.
    private mutating func parseBlockSequence(indent: Int, indentless: Bool) throws {
        let index = try openCollection(.sequence, at: content(line))
        while true {
            let dash = content(line)
            let rest = skipSpaces(dash + 1)
            if rest == currentLineEnd || s[rest] == UInt8(ascii: "#") {
                if let next = nextContentLine(from: line + 1), self.indent(next) > indent {
                    line = next
                    try parseBlockNode(at: content(next), parentIndent: indent)
                } else {
                    appendEmptyScalar(at: rest)
                }
            } else if isSequenceItem(rest) {
                throw Unsupported()
            } else if scanKey(at: rest) != nil {
                try parseBlockMapping(indent: rest - lineStarts[line], firstEntry: rest)
            } else {
                try parseInlineValue(at: rest, blockIndent: indent)
                try expectNoDeeperLine(than: indent)
            }
            guard let next = nextContentLine(from: line + 1) else { break }
            let nextIndent = self.indent(next)
            if nextIndent < indent { break }
            guard nextIndent == indent else { throw Unsupported() }
            if !startsSequenceItem(line: next) {
                if indentless { break }
                throw Unsupported()
            }
            line = next
        }
        close(index)
    }

    // MARK: Keys and values

    private enum KeyStyle {
        case plain
        case singleQuoted
        case doubleQuoted
    }

    private struct Key {
        var style: KeyStyle
        var start: Int
        /// End of a plain key's text (trailing spaces excluded), or just past a quoted key's closing quote.
        var end: Int
        var afterColon: Int
    }

    /// A simple key at `p` followed by `:` and a space or the line end, without consuming it.
    private func scanKey(at p: Int) -> Key? {
        let end = currentLineEnd
        guard p < end else { return nil }
        let c = s[p]
        if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
            guard let close = quotedEnd(at: p) else { return nil }
            let colon = skipSpaces(close)
            guard colon < end, s[colon] == UInt8(ascii: ":"), isBlankOrEnd(colon + 1) else { return nil }
            return Key(style: c == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted, start: p, end: close,
                       afterColon: colon + 1)
        }
        guard canStartPlain(p) else { return nil }
        var q = p
        while q < end {
            let d = s[q]
            if d == UInt8(ascii: ":") && isBlankOrEnd(q + 1) {
                var textEnd = q
                while textEnd > p && s[textEnd - 1] == 0x20 { textEnd -= 1 }
                guard textEnd - p <= Self.maxKeyLength else { return nil }
                return Key(style: .plain, start: p, end: textEnd, afterColon: q + 1)
            }
            if d == 0x20 && q + 1 < end && s[q + 1] == UInt8(ascii: "#") { return nil }
            q += 1
        }
        return nil
    }

    private mutating func appendKey(_ key: Key) throws {
        switch key.style {
        case .plain:
            appendScalar(textFrom: key.start, to: key.end, implicit: true, at: key.start)
        case .singleQuoted, .doubleQuoted:
            _ = try parseQuoted(at: key.start)
        }
    }

    /// Whether a plain scalar may start at `p` in block context (not an indicator).
    private func canStartPlain(_ p: Int) -> Bool {
        switch s[p] {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), 0x20:
            return false
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            return !isBlankOrEnd(p + 1)
        default:
            return true
        }
    }

    /// A value starting on the rest of the current line: a plain or quoted scalar or a flow collection
    /// (then at most a comment), or a literal block scalar. `blockIndent` is the column of the block
    /// collection holding the value.
    private mutating func parseInlineValue(at p: Int, blockIndent: Int) throws {
        let c = s[p]
        let after: Int
        switch c {
        case UInt8(ascii: "|"):
            try parseLiteralBlock(at: p, blockIndent: blockIndent)
            return
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            after = try parseQuoted(at: p)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            after = try parseFlowCollection(at: p)
        default:
            guard canStartPlain(p) else { throw Unsupported() }
            let end = currentLineEnd
            var q = p
            while q < end {
                let d = s[q]
                if d == UInt8(ascii: ":") && isBlankOrEnd(q + 1) { throw Unsupported() }
                if d == 0x20 && q + 1 < end && s[q + 1] == UInt8(ascii: "#") { break }
                q += 1
            }
            var textEnd = q
            while textEnd > p && s[textEnd - 1] == 0x20 { textEnd -= 1 }
            appendScalar(textFrom: p, to: textEnd, implicit: true, at: p)
            after = textEnd
        }
        try expectLineEnd(after)
    }

    // MARK: Literal block scalars

    /// A literal block scalar (`|`, `|-`, `|+`; no indentation indicator) whose header is at `p`,
    /// read as libyaml's `yaml_parser_scan_block_scalar` reads it; leaves `line` on its last content
    /// line. The content indentation is that of the first non-empty line (at least one past
    /// `blockIndent`); the text ends at the first non-empty line indented less.
    private mutating func parseLiteralBlock(at p: Int, blockIndent: Int) throws {
        var q = p + 1
        var chomping = 0
        if at(q) == UInt8(ascii: "-") {
            chomping = -1
            q += 1
        } else if at(q) == UInt8(ascii: "+") {
            chomping = 1
            q += 1
        }
        try expectLineEnd(q)
        let headerLine = line
        // A break counts only when the line really ends in one (not the last line without `\n`).
        func hasBreak(_ l: Int) -> Bool { l + 1 < lineCount }
        func isBlank(_ l: Int) -> Bool { lineContents[l] == lineEnd(l) }

        var l = headerLine + 1
        var maxIndent = 0
        var trailingBreaks = 0
        while l < lineCount && isBlank(l) {
            maxIndent = Swift.max(maxIndent, indent(l))
            if hasBreak(l) { trailingBreaks += 1 }
            l += 1
        }
        var contentIndent = Swift.max(maxIndent, blockIndent + 1, 1)
        if l < lineCount { contentIndent = Swift.max(contentIndent, indent(l)) }
        // An empty block, or leading blank lines indented past the first text: libyaml's to read.
        guard l < lineCount, indent(l) == contentIndent else { throw Unsupported() }

        let start = document.text.count
        var leadingBreak = false
        var lastContentLine = headerLine
        while l < lineCount {
            let spaces = indent(l)
            if isBlank(l) && spaces <= contentIndent {
                if hasBreak(l) { trailingBreaks += 1 }
                l += 1
                continue
            }
            if !isBlank(l) && spaces < contentIndent { break }
            if leadingBreak { document.text.append(0x0A) }
            document.text.append(contentsOf: repeatElement(0x0A, count: trailingBreaks))
            let textStart = lineStarts[l] + contentIndent, textEnd = lineEnd(l)
            if textEnd > textStart {
                document.text.append(contentsOf: UnsafeBufferPointer(rebasing: s[textStart ..< textEnd]))
            }
            leadingBreak = hasBreak(l)
            trailingBreaks = 0
            lastContentLine = l
            l += 1
        }
        if chomping != -1 && leadingBreak { document.text.append(0x0A) }
        if chomping == 1 { document.text.append(contentsOf: repeatElement(0x0A, count: trailingBreaks)) }
        appendScalarNode(textStart: start, implicit: false, at: p)
        line = lastContentLine
    }

    // MARK: Quoted scalars

    /// Just past the closing quote of a one-line quoted scalar starting at `p`, or nil.
    private func quotedEnd(at p: Int) -> Int? {
        let quote = s[p]
        let end = currentLineEnd
        var q = p + 1
        while q < end {
            let d = s[q]
            if quote == UInt8(ascii: "'") {
                if d == quote {
                    if q + 1 < end && s[q + 1] == quote { q += 2; continue }
                    return q + 1
                }
            } else {
                if d == UInt8(ascii: "\\") { q += 2; continue }
                if d == quote { return q + 1 }
            }
            q += 1
        }
        return nil
    }

    /// Appends the quoted scalar at `p` (closed on the same line); returns the position after it.
    private mutating func parseQuoted(at p: Int) throws -> Int {
        guard let close = quotedEnd(at: p) else { throw Unsupported() }
        let start = document.text.count
        let body = p + 1 ..< close - 1
        if s[p] == UInt8(ascii: "'") {
            var q = body.lowerBound
            while q < body.upperBound {
                document.text.append(s[q])
                q += s[q] == UInt8(ascii: "'") ? 2 : 1
            }
        } else {
            var q = body.lowerBound
            while q < body.upperBound {
                let d = s[q]
                if d != UInt8(ascii: "\\") {
                    document.text.append(d)
                    q += 1
                    continue
                }
                guard q + 1 < body.upperBound else { throw Unsupported() }
                q = try appendEscape(at: q + 1, limit: body.upperBound)
            }
        }
        appendScalarNode(textStart: start, implicit: false, at: p)
        return close
    }

    /// The escape after a backslash (libyaml's set); returns the position after it.
    private mutating func appendEscape(at q: Int, limit: Int) throws -> Int {
        let simple: [UInt8]?
        switch s[q] {
        case UInt8(ascii: "0"): simple = [0x00]
        case UInt8(ascii: "a"): simple = [0x07]
        case UInt8(ascii: "b"): simple = [0x08]
        case UInt8(ascii: "t"): simple = [0x09]
        case UInt8(ascii: "n"): simple = [0x0A]
        case UInt8(ascii: "v"): simple = [0x0B]
        case UInt8(ascii: "f"): simple = [0x0C]
        case UInt8(ascii: "r"): simple = [0x0D]
        case UInt8(ascii: "e"): simple = [0x1B]
        case UInt8(ascii: " "): simple = [0x20]
        case UInt8(ascii: "\""): simple = [0x22]
        case UInt8(ascii: "\\"): simple = [0x5C]
        case UInt8(ascii: "N"): simple = [0xC2, 0x85]
        case UInt8(ascii: "_"): simple = [0xC2, 0xA0]
        case UInt8(ascii: "L"): simple = [0xE2, 0x80, 0xA8]
        case UInt8(ascii: "P"): simple = [0xE2, 0x80, 0xA9]
        default: simple = nil
        }
        if let simple {
            document.text.append(contentsOf: simple)
            return q + 1
        }
        let digits: Int
        switch s[q] {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: throw Unsupported()
        }
        guard q + digits < limit else { throw Unsupported() }
        var value: UInt32 = 0
        for k in 1 ... digits {
            guard let h = Self.hexValue(s[q + k]) else { throw Unsupported() }
            value = value << 4 | UInt32(h)
        }
        guard !(value >= 0xD800 && value <= 0xDFFF), value <= 0x10FFFF, let scalar = Unicode.Scalar(value) else {
            throw Unsupported()
        }
        document.text.append(contentsOf: Array(String(scalar).utf8))
        return q + 1 + digits
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    // MARK: Flow collections (on one line)

    private mutating func parseFlowCollection(at p: Int) throws -> Int {
        let isMapping = s[p] == UInt8(ascii: "{")
        let index = try openCollection(isMapping ? .mapping : .sequence, at: p)
        let closing = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var q = skipSpaces(p + 1)
        if at(q) == closing {
            close(index)
            return q + 1
        }
        while true {
            if isMapping {
                q = try parseFlowScalar(at: q, asKey: true)
                // parseFlowScalar leaves `q` on the `:` of a key.
                q = skipSpaces(q + 1)
            }
            q = try parseFlowNode(at: q)
            q = skipSpaces(q)
            let d = at(q)
            if d == closing {
                close(index)
                return q + 1
            }
            guard d == UInt8(ascii: ",") else { throw Unsupported() }
            q = skipSpaces(q + 1)
            // A trailing comma is valid YAML; it is left to libyaml with the rest of the unusual forms.
            guard at(q) != closing else { throw Unsupported() }
        }
    }

    private mutating func parseFlowNode(at q: Int) throws -> Int {
        switch at(q) {
        case UInt8(ascii: "["), UInt8(ascii: "{"): return try parseFlowCollection(at: q)
        default: return try parseFlowScalar(at: q, asKey: false)
        }
    }

    /// A scalar inside a flow collection. A key must be followed by `: `; the position returned is
    /// that of the colon for a key, else just after the scalar.
    private mutating func parseFlowScalar(at q: Int, asKey: Bool) throws -> Int {
        let c = at(q)
        var after: Int
        if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
            after = try parseQuoted(at: q)
        } else {
            switch c {
            case UInt8(ascii: "-"):
                let d = at(q + 1)
                guard ScalarAnalysis.isOrdinary(d) || d == UInt8(ascii: ".") else { throw Unsupported() }
            case UInt8(ascii: "?"), UInt8(ascii: ":"), 0x0A:
                throw Unsupported()
            default:
                guard canStartPlain(q) else { throw Unsupported() }
            }
            let end = currentLineEnd
            var r = q
            scan: while r < end {
                switch s[r] {
                case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    break scan
                case UInt8(ascii: ":"):
                    guard r + 1 < end && s[r + 1] == 0x20 else { throw Unsupported() }
                    break scan
                case UInt8(ascii: "#"):
                    throw Unsupported()
                default:
                    r += 1
                }
            }
            guard r < end else { throw Unsupported() }
            var textEnd = r
            while textEnd > q && s[textEnd - 1] == 0x20 { textEnd -= 1 }
            appendScalar(textFrom: q, to: textEnd, implicit: true, at: q)
            after = r
        }
        let colon = skipSpaces(after)
        let isColon = at(colon) == UInt8(ascii: ":")
        if asKey {
            guard isColon, at(colon + 1) == 0x20 else { throw Unsupported() }
            return colon
        }
        guard !isColon else { throw Unsupported() }
        return after
    }

    // MARK: Nodes

    private mutating func openCollection(_ kind: YAMLDocument.Kind, at p: Int) throws -> Int {
        depth += 1
        guard depth <= Self.maxDepth else { throw Unsupported() }
        let index = document.nodes.count
        document.nodes.append(node(kind, textStart: document.text.count, textCount: 0, implicit: false, at: p))
        return index
    }

    private mutating func close(_ index: Int) {
        document.nodes[index].end = document.nodes.count
        depth -= 1
    }

    private mutating func appendScalar(textFrom start: Int, to end: Int, implicit: Bool, at p: Int) {
        let textStart = document.text.count
        if end > start { document.text.append(contentsOf: UnsafeBufferPointer(rebasing: s[start ..< end])) }
        appendScalarNode(textStart: textStart, implicit: implicit, at: p)
    }

    /// libyaml's empty scalar for a missing value: plain, untagged, "".
    private mutating func appendEmptyScalar(at p: Int) {
        appendScalarNode(textStart: document.text.count, implicit: true, at: p)
    }

    private mutating func appendScalarNode(textStart: Int, implicit: Bool, at p: Int) {
        document.nodes.append(node(.scalar, textStart: textStart, textCount: document.text.count - textStart,
                                   implicit: implicit, at: p))
    }

    private func node(_ kind: YAMLDocument.Kind, textStart: Int, textCount: Int, implicit: Bool, at p: Int) -> YAMLDocument.Node {
        let index = document.nodes.count
        return YAMLDocument.Node(textStart: textStart, textCount: textCount, end: index + 1, target: -1,
                                 line: Int32(clamping: line), column: Int32(clamping: p - lineStarts[line]),
                                 tag: 0, kind: kind, implicit: implicit)
    }
}
