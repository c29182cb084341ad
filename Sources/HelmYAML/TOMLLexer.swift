import GoTemplate

/// BurntSushi/toml v1.6's lexer (lex.go), state for state, so that Helm's `fromToml` errors read the same:
/// which message, on which line, and which error wins when several are present. The lexer is lazy — the
/// parser pulls items one at a time — because a parser error (a duplicate key) found before a later lexing
/// error must be the one reported.
struct TOMLLexer {
    enum ItemKind {
        case error, eof, text, string, stringEscaped, rawString, multilineString, rawMultilineString
        case bool, integer, float, datetime, array, arrayEnd, tableStart, tableEnd, arrayTableStart
        case arrayTableEnd, keyStart, keyEnd, commentStart, inlineTableStart, inlineTableEnd
    }

    struct Item {
        var kind: ItemKind
        var text: String
        var line: Int
    }

    private enum State {
        case top, topEnd, tableStart, tableEnd, arrayTableEnd, tableNameStart, tableNameEnd, bareName
        case quotedName, keyStart, keyNameStart, keyEnd, value, arrayValue, arrayValueEnd, arrayEnd
        case inlineTableValue, inlineTableValueEnd, inlineTableEnd, string, multilineString, rawString
        case multilineRawString, multilineStringEscape, stringEscape, hexEscape, shortUnicodeEscape
        case longUnicodeEscape, numberOrDateStart, numberOrDate, datetime, hexInteger, octalInteger
        case binaryInteger, decimalNumber, decimalNumberStart, baseNumberOrDate, float, bool
        case commentStart, comment
    }

    /// Stands for Go's `eof` rune (0) and `utf8.RuneError` alike: neither matches any TOML character.
    private static let eof: Unicode.Scalar = "\u{0}"

    private let input: [Unicode.Scalar]
    private var start = 0
    private var position = 0
    private var line = 1
    private var state: State? = .top
    private var stack: [State] = []
    private var queue: [Item] = []
    private var queueHead = 0
    private var atEOF = false
    /// Widths are all 1 over scalars; only how far back we may go matters (Go allows four).
    private var backupsAvailable = 0
    /// Whether the string being lexed needed escape processing (Go's itemStringEsc).
    private var sawEscape = false

    init(_ text: String) {
        input = Array(text.unicodeScalars)
    }

    mutating func nextItem() -> Item {
        while queueHead >= queue.count {
            guard let current = state else { return Item(kind: .eof, text: "", line: line) }
            state = step(current)
        }
        let item = queue[queueHead]
        queueHead += 1
        if queueHead == queue.count { queue.removeAll(keepingCapacity: true); queueHead = 0 }
        return item
    }

    // MARK: Primitives

    private var current: String { String(String.UnicodeScalarView(input[start..<position])) }

    private mutating func emit(_ kind: ItemKind) {
        queue.append(Item(kind: kind, text: current, line: line))
        start = position
    }

    private mutating func emitTrim(_ kind: ItemKind) {
        let trimmed = current.trimmingGoSpace()
        queue.append(Item(kind: kind, text: trimmed, line: line))
        start = position
    }

    private mutating func next() -> Unicode.Scalar {
        if position >= input.count {
            atEOF = true
            return Self.eof
        }
        let r = input[position]
        if r == "\n" { line += 1 }
        backupsAvailable = min(backupsAvailable + 1, 4)
        // Control characters, and a carriage return not followed by a newline, are errors.
        let bareCR = r == "\r" && (position + 1 >= input.count || input[position + 1] != "\n")
        if Self.isControl(r) || bareCR {
            error("TOML files cannot contain control characters: '0x\(Self.twoDigitHex(r.value))'")
            // Go leaves the position (and the line already counted) as they are.
            return Self.eof
        }
        position += 1
        return r
    }

    private mutating func backup() {
        if atEOF { atEOF = false; return }
        guard backupsAvailable > 0, position > 0 else { return }
        backupsAvailable -= 1
        position -= 1
        if position < input.count, input[position] == "\n" { line -= 1 }
    }

    private mutating func ignore() { start = position }

    private mutating func accept(_ valid: Unicode.Scalar) -> Bool {
        if next() == valid { return true }
        backup()
        return false
    }

    private mutating func peek() -> Unicode.Scalar {
        let r = next()
        backup()
        return r
    }

    private mutating func skipWhitespace() {
        while true {
            let r = next()
            if Self.isWhitespace(r) { continue }
            backup()
            ignore()
            return
        }
    }

    private mutating func push(_ s: State) { stack.append(s) }

    private mutating func pop() -> State? {
        guard let last = stack.popLast() else {
            error("BUG in lexer: no states to pop")
            return nil
        }
        return last
    }

    /// At the end of input after a final newline the error is reported on the line that newline ends.
    private mutating func error(_ message: String) {
        var errorLine = line
        if atEOF, position > 0, input[position - 1] == "\n" { errorLine -= 1 }
        queue.append(Item(kind: .error, text: message, line: errorLine))
    }

    /// Go's `errorPrevLine`: for a newline that ends a string too early.
    private mutating func errorPreviousLine(_ message: String) {
        queue.append(Item(kind: .error, text: message, line: line - 1))
    }

    // MARK: States

    private mutating func step(_ s: State) -> State? {
        switch s {
        case .top: return lexTop()
        case .topEnd: return lexTopEnd()
        case .tableStart:
            if peek() == "[" {
                _ = next()
                emit(.arrayTableStart)
                push(.arrayTableEnd)
            } else {
                emit(.tableStart)
                push(.tableEnd)
            }
            return .tableNameStart
        case .tableEnd:
            emit(.tableEnd)
            return .topEnd
        case .arrayTableEnd:
            let r = next()
            if r != "]" {
                error("expected end of table array name delimiter ']', but got \(Self.quoteRune(r)) instead")
                return nil
            }
            emit(.arrayTableEnd)
            return .topEnd
        case .tableNameStart: return lexTableNameStart()
        case .tableNameEnd: return lexTableNameEnd()
        case .bareName:
            let r = next()
            if Self.isBareKeyChar(r) { return .bareName }
            backup()
            emit(.text)
            return pop()
        case .quotedName: return lexQuotedName()
        case .keyStart: return lexKeyStart()
        case .keyNameStart: return lexKeyNameStart()
        case .keyEnd: return lexKeyEnd()
        case .value: return lexValue()
        case .arrayValue: return lexArrayValue()
        case .arrayValueEnd: return lexArrayValueEnd()
        case .arrayEnd:
            ignore()
            emit(.arrayEnd)
            return pop()
        case .inlineTableValue: return lexInlineTableValue()
        case .inlineTableValueEnd: return lexInlineTableValueEnd()
        case .inlineTableEnd:
            ignore()
            emit(.inlineTableEnd)
            return pop()
        case .string: return lexString()
        case .multilineString: return lexMultilineString()
        case .rawString: return lexRawString()
        case .multilineRawString: return lexMultilineRawString()
        case .multilineStringEscape:
            // A backslash at the end of a line is a line continuation.
            if Self.isNewline(next()) { return .multilineString }
            backup()
            push(.multilineString)
            return lexStringEscape()
        case .stringEscape: return lexStringEscape()
        case .hexEscape: return lexFixedEscape(digits: 2, name: "two", escape: "x")
        case .shortUnicodeEscape: return lexFixedEscape(digits: 4, name: "four", escape: "u")
        case .longUnicodeEscape: return lexFixedEscape(digits: 8, name: "eight", escape: "U")
        case .numberOrDateStart:
            let r = next()
            if r == "0" { return .baseNumberOrDate }
            if !Self.isDigit(r) {
                error("expected a digit but got \(Self.quoteRune(r))")
                return nil
            }
            return .numberOrDate
        case .numberOrDate: return lexNumberOrDate()
        case .datetime:
            let r = next()
            if Self.isDigit(r) { return .datetime }
            switch r {
            case "-", ":", "T", "t", " ", ".", "Z", "z", "+": return .datetime
            default: break
            }
            backup()
            emitTrim(.datetime)
            return pop()
        case .hexInteger: return lexBasedInteger(.hexInteger, Self.isHexadecimal)
        case .octalInteger: return lexBasedInteger(.octalInteger) { $0 >= "0" && $0 <= "7" }
        case .binaryInteger: return lexBasedInteger(.binaryInteger) { $0 == "0" || $0 == "1" }
        case .decimalNumber:
            let r = next()
            if Self.isDigit(r) { return .decimalNumber }
            switch r {
            case ".", "e", "E": return .float
            case "_": return .decimalNumber
            default: break
            }
            backup()
            emit(.integer)
            return pop()
        case .decimalNumberStart: return lexDecimalNumberStart()
        case .baseNumberOrDate: return lexBaseNumberOrDate()
        case .float:
            let r = next()
            if Self.isDigit(r) { return .float }
            switch r {
            case "_", ".", "-", "+", "e", "E": return .float
            default: break
            }
            backup()
            emit(.float)
            return pop()
        case .bool: return lexBool()
        case .commentStart:
            ignore()
            emit(.commentStart)
            return .comment
        case .comment:
            let r = next()
            if Self.isNewline(r) || r == Self.eof {
                backup()
                emit(.text)
                return pop()
            }
            return .comment
        }
    }

    private mutating func lexTop() -> State? {
        let r = next()
        if Self.isWhitespace(r) || Self.isNewline(r) {
            ignore()
            return .top
        }
        switch r {
        case "#":
            push(.top)
            return .commentStart
        case "[":
            return .tableStart
        case Self.eof:
            if position > start {
                error("unexpected EOF")
                return nil
            }
            emit(.eof)
            return nil
        default:
            backup()
            push(.topEnd)
            return .keyStart
        }
    }

    private mutating func lexTopEnd() -> State? {
        let r = next()
        if r == "#" {
            push(.top)
            return .commentStart
        }
        if Self.isWhitespace(r) { return .topEnd }
        if Self.isNewline(r) {
            ignore()
            return .top
        }
        if r == Self.eof {
            emit(.eof)
            return nil
        }
        error("expected a top-level item to end with a newline, comment, or EOF, but got \(Self.quoteRune(r)) instead")
        return nil
    }

    private mutating func lexTableNameStart() -> State? {
        skipWhitespace()
        let r = peek()
        switch r {
        case "]", Self.eof:
            error("unexpected end of table name (table names cannot be empty)")
            return nil
        case ".":
            error("unexpected table separator (table names cannot be empty)")
            return nil
        case "\"", "'":
            ignore()
            push(.tableNameEnd)
            return .quotedName
        default:
            push(.tableNameEnd)
            return .bareName
        }
    }

    private mutating func lexTableNameEnd() -> State? {
        skipWhitespace()
        let r = next()
        if Self.isWhitespace(r) { return .tableNameEnd }
        switch r {
        case ".":
            ignore()
            return .tableNameStart
        case "]":
            return pop()
        default:
            error("expected '.' or ']' to end table name, but got \(Self.quoteRune(r)) instead")
            return nil
        }
    }

    private mutating func lexQuotedName() -> State? {
        let r = next()
        if Self.isWhitespace(r) {
            ignore()
            return .value
        }
        switch r {
        case "\"":
            ignore()
            sawEscape = false
            return .string
        case "'":
            ignore()
            return .rawString
        case Self.eof:
            error("unexpected EOF; expected value")
            return nil
        default:
            error("expected value but found \(Self.quoteRune(r)) instead")
            return nil
        }
    }

    private mutating func lexKeyStart() -> State? {
        skipWhitespace()
        let r = peek()
        switch r {
        case "=", Self.eof:
            error("unexpected '=': key name appears blank")
            return nil
        case ".":
            error("unexpected '.': keys cannot start with a '.'")
            return nil
        case "\"", "'":
            ignore()
            emit(.keyStart)
            return .keyNameStart
        default:
            emit(.keyStart)
            return .keyNameStart
        }
    }

    private mutating func lexKeyNameStart() -> State? {
        skipWhitespace()
        let r = peek()
        switch r {
        case "=", Self.eof:
            error("unexpected '='")
            return nil
        case ".":
            error("unexpected '.'")
            return nil
        case "\"", "'":
            ignore()
            push(.keyEnd)
            return .quotedName
        default:
            push(.keyEnd)
            return .bareName
        }
    }

    private mutating func lexKeyEnd() -> State? {
        skipWhitespace()
        let r = next()
        if Self.isWhitespace(r) {
            ignore()
            return .keyEnd
        }
        switch r {
        case Self.eof:
            error("unexpected EOF; expected key separator '='")
            return nil
        case ".":
            ignore()
            return .keyNameStart
        case "=":
            emit(.keyEnd)
            ignore()
            return .value
        default:
            error("expected '.' or '=', but got \(Self.quoteRune(r)) instead")
            return nil
        }
    }

    private mutating func lexValue() -> State? {
        let r = next()
        if Self.isWhitespace(r) {
            ignore()
            return .value
        }
        if Self.isDigit(r) {
            backup()
            return .numberOrDateStart
        }
        switch r {
        case "[":
            ignore()
            emit(.array)
            return .arrayValue
        case "{":
            ignore()
            emit(.inlineTableStart)
            return .inlineTableValue
        case "\"":
            sawEscape = false
            if accept("\"") {
                if accept("\"") {
                    ignore()
                    return .multilineString
                }
                backup()
            }
            ignore()
            return .string
        case "'":
            if accept("'") {
                if accept("'") {
                    ignore()
                    return .multilineRawString
                }
                backup()
            }
            ignore()
            return .rawString
        case ".":
            error("floats must start with a digit, not '.'")
            return nil
        case "i", "n":
            if (accept("n") && accept("f")) || (accept("a") && accept("n")) {
                emit(.float)
                return pop()
            }
        case "-", "+":
            return .decimalNumberStart
        default:
            break
        }
        if Self.isGoLetter(r) {
            backup()
            return .bool
        }
        if r == Self.eof {
            error("unexpected EOF; expected value")
            return nil
        }
        if r == "\n" {
            // A missing value is reported on the line of the key, not the next one.
            errorPreviousLine("expected value but found \(Self.quoteRune(r)) instead")
            return nil
        }
        error("expected value but found \(Self.quoteRune(r)) instead")
        return nil
    }

    private mutating func lexArrayValue() -> State? {
        let r = next()
        if Self.isWhitespace(r) || Self.isNewline(r) {
            ignore()
            return .arrayValue
        }
        switch r {
        case "#":
            push(.arrayValue)
            return .commentStart
        case ",":
            error("unexpected comma")
            return nil
        case "]":
            return .arrayEnd
        default:
            backup()
            push(.arrayValueEnd)
            return .value
        }
    }

    private mutating func lexArrayValueEnd() -> State? {
        let r = next()
        if Self.isWhitespace(r) || Self.isNewline(r) {
            ignore()
            return .arrayValueEnd
        }
        switch r {
        case "#":
            push(.arrayValueEnd)
            return .commentStart
        case ",":
            ignore()
            return .arrayValue
        case "]":
            return .arrayEnd
        default:
            error("expected a comma (',') or array terminator (']'), but got \(Self.runeOrEOF(r))")
            return nil
        }
    }

    /// TOML 1.1 (on by default in v1.6): newlines, comments and a trailing comma are allowed.
    private mutating func lexInlineTableValue() -> State? {
        let r = next()
        if Self.isWhitespace(r) || Self.isNewline(r) {
            ignore()
            return .inlineTableValue
        }
        switch r {
        case "#":
            push(.inlineTableValue)
            return .commentStart
        case ",":
            error("unexpected comma")
            return nil
        case "}":
            return .inlineTableEnd
        default:
            backup()
            push(.inlineTableValueEnd)
            return .keyStart
        }
    }

    private mutating func lexInlineTableValueEnd() -> State? {
        let r = next()
        if Self.isWhitespace(r) || Self.isNewline(r) {
            ignore()
            return .inlineTableValueEnd
        }
        switch r {
        case "#":
            push(.inlineTableValueEnd)
            return .commentStart
        case ",":
            ignore()
            skipWhitespace()
            if peek() == "}" { return .inlineTableValueEnd }
            return .inlineTableValue
        case "}":
            return .inlineTableEnd
        default:
            error("expected a comma or an inline table terminator '}', but got \(Self.runeOrEOF(r)) instead")
            return nil
        }
    }

    private mutating func lexString() -> State? {
        let r = next()
        if r == Self.eof, atEOF {
            error("unexpected EOF; expected '\"'")
            return nil
        }
        if Self.isNewline(r) {
            errorPreviousLine("strings cannot contain newlines")
            return nil
        }
        switch r {
        case "\\":
            push(.string)
            return .stringEscape
        case "\"":
            backup()
            emit(sawEscape ? .stringEscaped : .string)
            _ = next()
            ignore()
            return pop()
        default:
            return .string
        }
    }

    private mutating func lexMultilineString() -> State? {
        let r = next()
        switch r {
        case Self.eof where atEOF:
            error("unexpected EOF; expected '\"\"\"'")
            return nil
        case "\\":
            return .multilineStringEscape
        case "\"":
            return closeMultiline(quote: "\"", token: .multilineString, state: .multilineString,
                                  tooMany: "unexpected '\"\"\"\"\"\"'")
        default:
            return .multilineString
        }
    }

    private mutating func lexRawString() -> State? {
        let r = next()
        if r == Self.eof, atEOF {
            error("unexpected EOF; expected \"'\"")
            return nil
        }
        if Self.isNewline(r) {
            errorPreviousLine("strings cannot contain newlines")
            return nil
        }
        if r == "'" {
            backup()
            emit(.rawString)
            _ = next()
            ignore()
            return pop()
        }
        return .rawString
    }

    private mutating func lexMultilineRawString() -> State? {
        let r = next()
        switch r {
        case Self.eof where atEOF:
            error("unexpected EOF; expected \"'''\"")
            return nil
        case "'":
            return closeMultiline(quote: "'", token: .rawMultilineString, state: .multilineRawString,
                                  tooMany: "unexpected \"''''''\"")
        default:
            return .multilineRawString
        }
    }

    /// After one closing quote of a multi-line string: three in a row end it, except that the string
    /// may itself end in one or two quotes (`"""str"""""`), but not in three more.
    private mutating func closeMultiline(quote: Unicode.Scalar, token: ItemKind, state: State,
                                         tooMany: String) -> State? {
        guard accept(quote) else { return state }
        guard accept(quote) else {
            backup()
            return state
        }
        if peek() == quote {
            if current.hasSuffix(String(repeating: Character(quote), count: 5)) {
                error(tooMany)
                return nil
            }
            backup()
            backup()
            return state
        }
        backup()
        backup()
        backup()
        emit(token)
        _ = next()
        _ = next()
        _ = next()
        ignore()
        return pop()
    }

    private mutating func lexStringEscape() -> State? {
        sawEscape = true
        let r = next()
        switch r {
        case "b", "t", "n", "f", "r", "e", "\"", " ", "\t", "\\":
            return pop()
        case "x": return .hexEscape
        case "u": return .shortUnicodeEscape
        case "U": return .longUnicodeEscape
        default:
            error("invalid escape in string '\\\(Character(r))'")
            return nil
        }
    }

    private mutating func lexFixedEscape(digits: Int, name: String, escape: Character) -> State? {
        for _ in 0..<digits where !Self.isHexadecimal(next()) {
            error("expected \(name) hexadecimal digits after '\\\(escape)', but got \(GoFormat.quote(current)) instead")
            return nil
        }
        return pop()
    }

    private mutating func lexNumberOrDate() -> State? {
        let r = next()
        if Self.isDigit(r) { return .numberOrDate }
        switch r {
        case "-", ":": return .datetime
        case "_": return .decimalNumber
        case ".", "e", "E": return .float
        default:
            backup()
            emit(.integer)
            return pop()
        }
    }

    private mutating func lexBasedInteger(_ me: State, _ isDigitOfBase: (Unicode.Scalar) -> Bool) -> State? {
        let r = next()
        if isDigitOfBase(r) || r == "_" { return me }
        backup()
        emit(.integer)
        return pop()
    }

    private mutating func lexDecimalNumberStart() -> State? {
        let r = next()
        switch r {
        case "i":
            if !accept("n") || !accept("f") {
                error("invalid float: '\(current)'")
                return nil
            }
            emit(.float)
            return pop()
        case "n":
            if !accept("a") || !accept("n") {
                error("invalid float: '\(current)'")
                return nil
            }
            emit(.float)
            return pop()
        case "0":
            let p = peek()
            if p == "b" || p == "o" || p == "x" {
                error("cannot use sign with non-decimal numbers: '\(current)\(Character(p))'")
                return nil
            }
        case ".":
            error("floats must start with a digit, not '.'")
            return nil
        default:
            break
        }
        if Self.isDigit(r) { return .decimalNumber }
        error("expected a digit but got \(Self.quoteRune(r))")
        return nil
    }

    private mutating func lexBaseNumberOrDate() -> State? {
        let r = next()
        if Self.isDigit(r) { return .numberOrDate }
        switch r {
        case "_": return .decimalNumber
        case ".", "e", "E": return .float
        case "b":
            // Go reports the error but carries on lexing; the parser stops at the error item.
            let p = peek()
            if p != "0" && p != "1" { error("not a binary number: '\(current)\(Character(p))'") }
            return .binaryInteger
        case "o":
            let p = peek()
            if !(p >= "0" && p <= "7") { error("not an octal number: '\(current)\(Character(p))'") }
            return .octalInteger
        case "x":
            let p = peek()
            if !Self.isHexadecimal(p) { error("not a hexadecimal number: '\(current)\(Character(p))'") }
            return .hexInteger
        default:
            backup()
            emit(.integer)
            return pop()
        }
    }

    private mutating func lexBool() -> State? {
        var word = String.UnicodeScalarView()
        while true {
            let r = next()
            if !Self.isGoLetter(r) {
                backup()
                break
            }
            word.append(r)
        }
        let s = String(word)
        if s == "true" || s == "false" {
            emit(.bool)
            return pop()
        }
        error("expected value but found \(GoFormat.quote(s)) instead")
        return nil
    }

    // MARK: Character classes

    static func isWhitespace(_ r: Unicode.Scalar) -> Bool { r == "\t" || r == " " }
    static func isNewline(_ r: Unicode.Scalar) -> Bool { r == "\n" || r == "\r" }
    static func isDigit(_ r: Unicode.Scalar) -> Bool { r >= "0" && r <= "9" }
    static func isHexadecimal(_ r: Unicode.Scalar) -> Bool {
        isDigit(r) || (r >= "a" && r <= "f") || (r >= "A" && r <= "F")
    }
    static func isBareKeyChar(_ r: Unicode.Scalar) -> Bool {
        (r >= "A" && r <= "Z") || (r >= "a" && r <= "z") || isDigit(r) || r == "_" || r == "-"
    }
    static func isControl(_ r: Unicode.Scalar) -> Bool {
        if r == "\t" || r == "\r" || r == "\n" { return false }
        return r.value <= 0x1f || r.value == 0x7f
    }
    /// Go's `unicode.IsLetter`: general categories Lu, Ll, Lt, Lm, Lo.
    static func isGoLetter(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func twoDigitHex(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return digits.count < 2 ? "0" + digits : digits
    }

    /// Go's `%q` of a rune.
    static func quoteRune(_ r: Unicode.Scalar) -> String { GoFormat.quoteRune(r) }

    static func runeOrEOF(_ r: Unicode.Scalar) -> String {
        r == eof ? "end of file" : "'" + String(Character(r)) + "'"
    }
}

extension String {
    /// Go's `strings.TrimSpace` for the ASCII space characters a TOML datetime can end with.
    fileprivate func trimmingGoSpace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
