/// Go's `Node.String()` for the nodes that appear in error contexts (`at <...>`).
/// Nodes write into one shared buffer so a nested pipeline is described without intermediate strings.
protocol GoNodeDescribable {
    func write(to s: inout String)
}

extension GoNodeDescribable {
    var goDescription: String {
        var s = ""
        write(to: &s)
        return s
    }
}

extension OperandNode: GoNodeDescribable {
    func write(to s: inout String) {
        switch self {
        case .field(let n):
            for name in n.names { s += "."; s += name }
        case .variable(let n):
            s += n.names.joined(separator: ".")
        case .chain(let n):
            if case .pipe(let p) = n.node {
                s += "("; p.write(to: &s); s += ")"
            } else {
                n.node.write(to: &s)
            }
            for f in n.fields { s += "."; s += f }
        case .identifier(let n): s += n.name
        case .dot: s += "."
        case .nilValue: s += "nil"
        case .bool(let b, _): s += b ? "true" : "false"
        case .number(let n): s += n.text
        case .string(let n): s += n.quoted
        case .pipe(let p): p.write(to: &s)
        }
    }
}

extension CommandNode: GoNodeDescribable {
    func write(to s: inout String) {
        for (i, arg) in args.enumerated() {
            if i > 0 { s += " " }
            if case .pipe(let p) = arg {
                s += "("; p.write(to: &s); s += ")"
            } else {
                arg.write(to: &s)
            }
        }
    }
}

extension PipeNode: GoNodeDescribable {
    func write(to s: inout String) {
        if !declarations.isEmpty {
            s += declarations.map { $0.names.joined(separator: ".") }.joined(separator: ", ")
            s += isAssign ? " = " : " := "
        }
        for (i, c) in commands.enumerated() {
            if i > 0 { s += " | " }
            c.write(to: &s)
        }
    }
}

extension ListNode: GoNodeDescribable {
    func write(to s: inout String) {
        for node in nodes { node.write(to: &s) }
    }
}

extension SyntaxNode: GoNodeDescribable {
    func write(to s: inout String) {
        switch self {
        case .text(let t): s += t
        case .rawText(let b): s += GoUTF8.lossyString(b)
        case .action(let a):
            s += "{{"; a.pipe.write(to: &s); s += "}}"
        case .ifBranch(let b): b.write(keyword: "if", to: &s)
        case .rangeLoop(let b): b.write(keyword: "range", to: &s)
        case .with(let b): b.write(keyword: "with", to: &s)
        case .template(let t): t.write(to: &s)
        case .breakLoop: s += "{{break}}"
        case .continueLoop: s += "{{continue}}"
        }
    }
}

extension BranchNode {
    func write(keyword: String, to s: inout String) {
        s += "{{"; s += keyword; s += " "
        pipe.write(to: &s)
        s += "}}"
        list.write(to: &s)
        if let e = elseList {
            s += "{{else}}"
            e.write(to: &s)
        }
        s += "{{end}}"
    }
}

extension TemplateCallNode {
    func write(to s: inout String) {
        s += "{{template "
        s += GoFormat.quote(name)
        if let p = pipe {
            s += " "
            p.write(to: &s)
        }
        s += "}}"
    }
}
