/// A pipeline: optional variable declarations or assignments, then commands separated by `|`.
final class PipeNode {
    let pos: Int
    var isAssign = false
    var declarations: [VariableNode] = []
    var commands: [CommandNode] = []

    init(pos: Int) { self.pos = pos }
}

/// One command of a pipeline: a function, method or field with its arguments, or a single operand.
struct CommandNode {
    var pos: Int
    var args: [OperandNode] = []
}
