/// The kinds of token the lexer produces (Go's `itemType` in text/template/parse/lex.go).
enum LexItemKind: Equatable {
    case error
    case bool
    case char            // printable ASCII punctuation inside an action, such as ','
    case charConstant    // 'a'
    case complexNumber   // 1+2i
    case assign          // =
    case declare         // :=
    case eof
    case field           // .Name
    case identifier      // a function name
    case leftDelim
    case leftParen
    case number
    case pipe
    case rawString
    case rightDelim
    case rightParen
    case space
    case string
    case text
    case variable        // $ or $name
    // Keywords.
    case block
    case breakKeyword
    case continueKeyword
    case dot
    case define
    case elseKeyword
    case end
    case ifKeyword
    case nilKeyword
    case range
    case template
    case with

    var isKeyword: Bool {
        switch self {
        case .block, .breakKeyword, .continueKeyword, .dot, .define, .elseKeyword, .end, .ifKeyword,
             .nilKeyword, .range, .template, .with:
            return true
        default:
            return false
        }
    }

    static func keyword(_ word: String) -> LexItemKind? {
        switch word {
        case ".": return .dot
        case "block": return .block
        case "break": return .breakKeyword
        case "continue": return .continueKeyword
        case "define": return .define
        case "else": return .elseKeyword
        case "end": return .end
        case "if": return .ifKeyword
        case "range": return .range
        case "nil": return .nilKeyword
        case "template": return .template
        case "with": return .with
        default: return nil
        }
    }
}

/// One token: its kind, byte offset, text and 1-based line.
struct LexItem {
    var kind: LexItemKind
    var pos: Int
    var value: String
    var line: Int
    /// Byte offset just past the token, so the parser can take its exact bytes (text that is not UTF-8).
    var end: Int = 0

    /// Go's `item.String()`, used in "unexpected X in Y" parse errors.
    var goDescription: String {
        switch kind {
        case .eof: return "EOF"
        case .error: return value
        default:
            if kind.isKeyword { return "<\(value)>" }
            if value.unicodeScalars.count > 10 {
                return GoFormat.sprintf("%.10q...", [.string(value)])
            }
            return GoFormat.quote(value)
        }
    }
}
