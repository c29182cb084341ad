/// A value as Go's reflection holds it during evaluation: `isInterface` when its static type is
/// `interface {}` (an element of a `map[string]interface{}` or `[]interface{}`). Only error texts
/// see the difference (`can't evaluate field x in type interface {}` vs `in type string`).
/// `isAddressable` when reflection could take its address (a field reached through a pointer); only
/// printing sees that (`GoPointerStringer`).
struct Operand {
    var value: Value
    var isInterface: Bool
    var isAddressable: Bool

    init(_ value: Value, isInterface: Bool = false, isAddressable: Bool = false) {
        self.value = value
        self.isInterface = isInterface
        self.isAddressable = isAddressable
    }

    static let invalid = Operand(.invalid)

    /// Go's reflect.Type.String() of the static type.
    var typeName: String { isInterface ? "interface {}" : value.goTypeName }

    /// exec.go's `reflect.ValueOf(value.Interface())` after a pipeline command, which applies to
    /// interface values only: anything else (an addressable field) is kept as it is.
    var unwrapped: Operand {
        if case .null = value { return .invalid }
        return isInterface ? Operand(value) : self
    }
}

/// The node an execution error is reported at (Go's `state.at`).
enum ErrorNode {
    case none
    case operand(OperandNode)
    case command(CommandNode)
    case pipe(PipeNode)
    case statement(SyntaxNode)

    var pos: Int {
        switch self {
        case .none: return 0
        case .operand(let n): return n.pos
        case .command(let c): return c.pos
        case .pipe(let p): return p.pos
        case .statement(let s):
            switch s {
            case .text, .rawText: return 0
            case .action(let a): return a.pos
            case .ifBranch(let b), .rangeLoop(let b), .with(let b): return b.pos
            case .template(let t): return t.pos
            case .breakLoop(let p), .continueLoop(let p): return p
            }
        }
    }

    var goDescription: String {
        switch self {
        case .none: return ""
        case .operand(let n): return n.goDescription
        case .command(let c): return c.goDescription
        case .pipe(let p): return p.goDescription
        case .statement(let s): return s.goDescription
        }
    }
}

/// How a statement ended: normally, or by `{{break}}`/`{{continue}}` for the enclosing range.
enum LoopSignal {
    case none, breakLoop, continueLoop
}
