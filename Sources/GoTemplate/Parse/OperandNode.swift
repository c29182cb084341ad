/// An operand of a command (Go's argument nodes).
indirect enum OperandNode {
    case field(FieldNode)
    case variable(VariableNode)
    case chain(ChainNode)
    case identifier(IdentifierNode)
    case dot(pos: Int)
    case nilValue(pos: Int)
    case bool(Bool, pos: Int)
    case number(NumberNode)
    case string(StringNode)
    case pipe(PipeNode)

    var pos: Int {
        switch self {
        case .field(let n): return n.pos
        case .variable(let n): return n.pos
        case .chain(let n): return n.pos
        case .identifier(let n): return n.pos
        case .dot(let p), .nilValue(let p), .bool(_, let p): return p
        case .number(let n): return n.pos
        case .string(let n): return n.pos
        case .pipe(let n): return n.pos
        }
    }
}

/// `.A.B.C`: identifiers without the dots.
struct FieldNode {
    var pos: Int
    var names: [String]
}

/// `$x.A.B`: first name is the variable (`$` or `$x`), the rest are fields.
struct VariableNode {
    var pos: Int
    var names: [String]
}

/// `(pipeline).A.B` or `fn.A`: an operand followed by fields.
struct ChainNode {
    var pos: Int
    var node: OperandNode
    var fields: [String]
}

/// A function name, resolved when parsed.
struct IdentifierNode {
    var pos: Int
    var name: String
    var function: FunctionReference
}

/// What an identifier calls: a Go builtin or a registered function (registered ones win, as in Go).
enum FunctionReference {
    case builtin(Builtin)
    case registered(GoFunction)
}

/// A number literal with every interpretation Go's parser found valid.
struct NumberNode {
    var pos: Int
    var text: String
    var isInt = false
    var isUint = false
    var isFloat = false
    var isComplex = false
    var int64: Int64 = 0
    var uint64: UInt64 = 0
    var float64: Double = 0
}

/// A string literal: original text (for messages) and its value, as text and as the Go string
/// (a `.rawString` when escapes such as `\xff` made it invalid UTF-8).
struct StringNode {
    var pos: Int
    var quoted: String
    var text: String
    var value: Value
}
