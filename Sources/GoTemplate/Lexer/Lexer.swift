/// Go's text/template lexer (parse/lex.go), pulled one token at a time by the parser.
///
/// Works on the UTF-8 bytes: positions are byte offsets, as Go's are, so error columns match.
struct Lexer {
    private enum State {
        case text, leftDelim, comment, rightDelim, insideAction, space, identifier, field, variable
        case charConstant, number, quote, rawQuote, done
    }

    private static let leftDelimiter: [UInt8] = Array("{{".utf8)
    private static let rightDelimiter: [UInt8] = Array("}}".utf8)
    private static let leftComment: [UInt8] = Array("/*".utf8)
    private static let rightComment: [UInt8] = Array("*/".utf8)
    private static let trimMarker = UInt8(ascii: "-")
    private static let trimMarkerLength = 2

    let input: [UInt8]
    private var state: State = .text
    private var pos = 0
    private var start = 0
    private var parenDepth = 0
    /// `break`/`continue` are keywords only when no function has those names (Go's lexOptions).
    private let breakOK: Bool
    private let continueOK: Bool
    private var pending: LexItem?
    // Line bookkeeping: `linesBefore(offset)` counts newlines incrementally.
    private var countedOffset = 0
    private var countedNewlines = 0

    init(_ text: String, breakOK: Bool = true, continueOK: Bool = true) {
        self.init(bytes: Array(text.utf8), breakOK: breakOK, continueOK: continueOK)
    }

    init(bytes: [UInt8], breakOK: Bool = true, continueOK: Bool = true) {
        input = bytes
        self.breakOK = breakOK
        self.continueOK = continueOK
    }

    /// The next token; after EOF or an error it keeps returning EOF.
    mutating func nextItem() -> LexItem {
        while pending == nil {
            if state == .done {
                return LexItem(kind: .eof, pos: input.count, value: "", line: line(at: input.count))
            }
            step()
        }
        let item = pending ?? LexItem(kind: .eof, pos: pos, value: "", line: 1)
        pending = nil
        return item
    }

    // MARK: - Helpers

    private mutating func line(at offset: Int) -> Int {
        if offset < countedOffset {
            countedOffset = 0
            countedNewlines = 0
        }
        var i = countedOffset
        let end = min(offset, input.count)
        while i < end {
            if input[i] == 0x0A { countedNewlines &+= 1 }
            i &+= 1
        }
        countedOffset = end
        return countedNewlines &+ 1
    }

    private func string(_ from: Int, _ to: Int) -> String {
        String(decoding: input[from..<to], as: UTF8.self)
    }

    private mutating func emit(_ kind: LexItemKind, next: State) {
        pending = LexItem(kind: kind, pos: start, value: string(start, pos), line: line(at: start), end: pos)
        start = pos
        state = next
    }

    private mutating func errorf(_ message: String) {
        pending = LexItem(kind: .error, pos: start, value: message, line: line(at: start))
        state = .done
    }

    private func hasPrefix(_ prefix: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + prefix.count <= input.count else { return false }
        for (i, b) in prefix.enumerated() where input[offset + i] != b { return false }
        return true
    }

    /// Decodes the rune at `offset`: (scalar value, width); -1 at EOF. Invalid bytes decode as U+FFFD width 1.
    private func rune(at offset: Int) -> (Int, Int) {
        guard offset < input.count else { return (-1, 0) }
        let b0 = input[offset]
        if b0 < 0x80 { return (Int(b0), 1) }
        var width = 0
        var value = 0
        if b0 & 0xE0 == 0xC0 { width = 2; value = Int(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { width = 3; value = Int(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { width = 4; value = Int(b0 & 0x07) }
        else { return (0xFFFD, 1) }
        guard offset + width <= input.count else { return (0xFFFD, 1) }
        for i in 1..<width {
            let b = input[offset + i]
            guard b & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = (value << 6) | Int(b & 0x3F)
        }
        return (value, width)
    }

    private mutating func next() -> Int {
        let (r, w) = rune(at: pos)
        pos += w
        return r
    }

    private func peek() -> Int { rune(at: pos).0 }

    /// Steps back over the rune before `pos` (Go's backup after next).
    private mutating func backup(width: Int) { pos -= width }

    private mutating func accept(_ valid: String) -> Bool {
        let (r, w) = rune(at: pos)
        if r >= 0, let s = Unicode.Scalar(UInt32(r)), valid.unicodeScalars.contains(s) {
            pos += w
            return true
        }
        return false
    }

    private mutating func acceptRun(_ valid: String) {
        while accept(valid) {}
    }

    static func isSpace(_ r: Int) -> Bool { r == 0x20 || r == 0x09 || r == 0x0D || r == 0x0A }

    static func isAlphaNumeric(_ r: Int) -> Bool {
        if r == 0x5F { return true }
        if r < 0x80 {
            return (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5A) || (r >= 0x61 && r <= 0x7A)
        }
        guard r >= 0, let s = Unicode.Scalar(UInt32(r)) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    private func hasLeftTrimMarker(at offset: Int) -> Bool {
        offset + 1 < input.count && input[offset] == Lexer.trimMarker && Lexer.isSpace(Int(input[offset + 1]))
    }

    private func hasRightTrimMarker(at offset: Int) -> Bool {
        offset >= 0 && offset + 1 < input.count && Lexer.isSpace(Int(input[offset])) && input[offset + 1] == Lexer.trimMarker
    }

    private func atRightDelim() -> (delim: Bool, trim: Bool) {
        if hasRightTrimMarker(at: pos) && hasPrefix(Lexer.rightDelimiter, at: pos + Lexer.trimMarkerLength) {
            return (true, true)
        }
        return (hasPrefix(Lexer.rightDelimiter, at: pos), false)
    }

    private func isSpaceByte(_ b: UInt8) -> Bool { Lexer.isSpace(Int(b)) }

    // MARK: - States

    private mutating func step() {
        switch state {
        case .text: lexText()
        case .leftDelim: lexLeftDelim()
        case .comment: lexComment()
        case .rightDelim: lexRightDelim()
        case .insideAction: lexInsideAction()
        case .space: lexSpace()
        case .identifier: lexIdentifier()
        case .field: lexFieldOrVariable(.field)
        case .variable: lexVariable()
        case .charConstant: lexQuoted(terminator: UInt8(ascii: "'"), kind: .charConstant, error: "unterminated character constant")
        case .number: lexNumber()
        case .quote: lexQuoted(terminator: UInt8(ascii: "\""), kind: .string, error: "unterminated quoted string")
        case .rawQuote: lexRawQuote()
        case .done: break
        }
    }

    private func indexOfLeftDelim(from offset: Int) -> Int? {
        var i = offset
        let count = input.count
        while i + 1 < count {
            if input[i] == 0x7B && input[i + 1] == 0x7B { return i }
            i += 1
        }
        return nil
    }

    private mutating func lexText() {
        if let x = indexOfLeftDelim(from: pos) {
            if x > pos {
                pos = x
                var trimLength = 0
                if hasLeftTrimMarker(at: pos + Lexer.leftDelimiter.count) {
                    var i = pos
                    while i > start && isSpaceByte(input[i - 1]) { i -= 1 }
                    trimLength = pos - i
                }
                pos -= trimLength
                let hasText = pos > start
                if hasText {
                    pending = LexItem(kind: .text, pos: start, value: string(start, pos), line: line(at: start), end: pos)
                }
                pos += trimLength
                start = pos
                state = .leftDelim
                return
            }
            state = .leftDelim
            return
        }
        pos = input.count
        if pos > start {
            emit(.text, next: .text)
            // The EOF item follows on the next call.
            return
        }
        emit(.eof, next: .done)
    }

    private mutating func lexLeftDelim() {
        pos += Lexer.leftDelimiter.count
        let trim = hasLeftTrimMarker(at: pos)
        let afterMarker = trim ? Lexer.trimMarkerLength : 0
        if hasPrefix(Lexer.leftComment, at: pos + afterMarker) {
            pos += afterMarker
            start = pos
            state = .comment
            return
        }
        let item = LexItem(kind: .leftDelim, pos: start, value: string(start, pos), line: line(at: start))
        pos += afterMarker
        start = pos
        parenDepth = 0
        pending = item
        state = .insideAction
    }

    private mutating func lexComment() {
        pos += Lexer.leftComment.count
        var found: Int?
        var i = pos
        while i + 1 < input.count {
            if input[i] == 0x2A && input[i + 1] == 0x2F { found = i; break }
            i += 1
        }
        guard let end = found else { return errorf("unclosed comment") }
        pos = end + Lexer.rightComment.count
        let (delim, trim) = atRightDelim()
        guard delim else { return errorf("comment ends before closing delimiter") }
        if trim { pos += Lexer.trimMarkerLength }
        pos += Lexer.rightDelimiter.count
        if trim {
            while pos < input.count && isSpaceByte(input[pos]) { pos += 1 }
        }
        start = pos
        state = .text
    }

    private mutating func lexRightDelim() {
        let (_, trim) = atRightDelim()
        if trim {
            pos += Lexer.trimMarkerLength
            start = pos
        }
        pos += Lexer.rightDelimiter.count
        let item = LexItem(kind: .rightDelim, pos: start, value: string(start, pos), line: line(at: start))
        start = pos
        if trim {
            while pos < input.count && isSpaceByte(input[pos]) { pos += 1 }
            start = pos
        }
        pending = item
        state = .text
    }

    private mutating func lexInsideAction() {
        let (delim, _) = atRightDelim()
        if delim {
            if parenDepth == 0 {
                state = .rightDelim
                return
            }
            return errorf("unclosed left paren")
        }
        let (r, w) = rune(at: pos)
        pos += w
        switch r {
        case -1:
            errorf("unclosed action")
        case 0x20, 0x09, 0x0D, 0x0A:
            pos -= w // Put the space back in case we have " -}}".
            state = .space
        case 0x3D: // =
            emit(.assign, next: .insideAction)
        case 0x3A: // :
            if next() != 0x3D { return errorf("expected :=") }
            emit(.declare, next: .insideAction)
        case 0x7C: // |
            emit(.pipe, next: .insideAction)
        case 0x22: // "
            state = .quote
        case 0x60: // `
            state = .rawQuote
        case 0x24: // $
            state = .variable
        case 0x27: // '
            state = .charConstant
        case 0x2E: // .
            if pos < input.count {
                let c = input[pos]
                if c < 0x30 || c > 0x39 {
                    state = .field
                    return
                }
            }
            pos -= w
            state = .number
        case 0x2B, 0x2D, 0x30...0x39:
            pos -= w
            state = .number
        case 0x28: // (
            parenDepth += 1
            emit(.leftParen, next: .insideAction)
        case 0x29: // )
            parenDepth -= 1
            if parenDepth < 0 { return errorf("unexpected right paren") }
            emit(.rightParen, next: .insideAction)
        default:
            if Lexer.isAlphaNumeric(r) {
                pos -= w
                state = .identifier
            } else if r >= 0x20 && r < 0x7F {
                emit(.char, next: .insideAction)
            } else {
                errorf("unrecognized character in action: " + GoFormat.sprintf("%#U", [.int(r)]))
            }
        }
    }

    private mutating func lexSpace() {
        var numSpaces = 0
        while pos < input.count && isSpaceByte(input[pos]) {
            pos += 1
            numSpaces += 1
        }
        // A trim-marked closing delimiter starts with a space: leave that space to it.
        if hasRightTrimMarker(at: pos - 1) && hasPrefix(Lexer.rightDelimiter, at: pos - 1 + Lexer.trimMarkerLength) {
            pos -= 1
            if numSpaces == 1 {
                state = .rightDelim
                return
            }
        }
        emit(.space, next: .insideAction)
    }

    /// Whether the next rune may follow an identifier, field or variable.
    private func atTerminator() -> Bool {
        let r = peek()
        if Lexer.isSpace(r) { return true }
        switch r {
        case -1, 0x2E, 0x2C, 0x7C, 0x3A, 0x29, 0x28: return true // eof . , | : ) (
        case 0x7D: return true // first byte of the right delimiter
        default: return false
        }
    }

    private mutating func badCharacter(_ r: Int) {
        errorf("bad character " + GoFormat.sprintf("%#U", [.int(r)]))
    }

    private mutating func lexIdentifier() {
        while true {
            let (r, w) = rune(at: pos)
            if Lexer.isAlphaNumeric(r) {
                pos += w
                continue
            }
            let word = string(start, pos)
            if !atTerminator() { return badCharacter(r) }
            if let key = LexItemKind.keyword(word) {
                if (key == .breakKeyword && !breakOK) || (key == .continueKeyword && !continueOK) {
                    return emit(.identifier, next: .insideAction)
                }
                return emit(key, next: .insideAction)
            }
            if word == "true" || word == "false" { return emit(.bool, next: .insideAction) }
            return emit(.identifier, next: .insideAction)
        }
    }

    private mutating func lexVariable() {
        if atTerminator() { return emit(.variable, next: .insideAction) }
        lexFieldOrVariable(.variable)
    }

    private mutating func lexFieldOrVariable(_ kind: LexItemKind) {
        if atTerminator() {
            return emit(kind == .variable ? .variable : .dot, next: .insideAction)
        }
        var r = 0
        while true {
            let (c, w) = rune(at: pos)
            r = c
            if !Lexer.isAlphaNumeric(c) { break }
            pos += w
        }
        if !atTerminator() { return badCharacter(r) }
        emit(kind, next: .insideAction)
    }

    private mutating func lexQuoted(terminator: UInt8, kind: LexItemKind, error: String) {
        while true {
            guard pos < input.count else { return errorf(error) }
            let b = input[pos]
            pos += 1
            if b == 0x5C { // backslash
                guard pos < input.count, input[pos] != 0x0A else { return errorf(error) }
                let (_, w) = rune(at: pos)
                pos += w
            } else if b == 0x0A {
                return errorf(error)
            } else if b == terminator {
                break
            }
        }
        emit(kind, next: .insideAction)
    }

    private mutating func lexRawQuote() {
        while true {
            guard pos < input.count else { return errorf("unterminated raw quoted string") }
            let b = input[pos]
            pos += 1
            if b == 0x60 { break }
        }
        emit(.rawString, next: .insideAction)
    }

    private mutating func lexNumber() {
        if !scanNumber() {
            return errorf("bad number syntax: " + GoFormat.quote(string(start, pos)))
        }
        let sign = peek()
        if sign == 0x2B || sign == 0x2D {
            // Complex: 1+2i. No spaces, must end in 'i'.
            if !scanNumber() || pos == 0 || input[pos - 1] != UInt8(ascii: "i") {
                return errorf("bad number syntax: " + GoFormat.quote(string(start, pos)))
            }
            return emit(.complexNumber, next: .insideAction)
        }
        emit(.number, next: .insideAction)
    }

    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            // A leading 0 does not mean octal in floats.
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        let (r, w) = rune(at: pos)
        if Lexer.isAlphaNumeric(r) {
            pos += w
            return false
        }
        return true
    }
}
