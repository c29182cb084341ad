/// Statement execution (exec.go's walk, walkIfOrWith, walkRange, walkTemplate).
extension ExecutionState {
    func walk(_ dot: Operand, _ list: ListNode, _ out: inout TemplateOutput) throws -> LoopSignal {
        for node in list.nodes {
            let signal = try walk(dot, node, &out)
            if case .none = signal { continue }
            return signal
        }
        return .none
    }

    func walk(_ dot: Operand, _ node: SyntaxNode, _ out: inout TemplateOutput) throws -> LoopSignal {
        switch node {
        case .text(let text):
            out.append(text)
        case .rawText(let bytes):
            out.append(raw: bytes)
        case .action(let action):
            // Declared variables persist until the enclosing {{end}}; a declaration prints nothing.
            let value = try evalPipelineOperand(dot, action.pipe)
            if action.pipe.declarations.isEmpty {
                at(.statement(node))
                printValue(value, into: &out)
            }
        case .ifBranch(let branch):
            return try walkIfOrWith(isWith: false, dot, branch, &out)
        case .with(let branch):
            return try walkIfOrWith(isWith: true, dot, branch, &out)
        case .rangeLoop(let branch):
            return try walkRange(dot, branch, node, &out)
        case .template(let call):
            try walkTemplate(dot, call, node, &out)
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        }
        return .none
    }

    /// text/template's printValue: `<no value>` for invalid, an addressable value through its pointer's
    /// `String` method, fmt.Print otherwise.
    func printValue(_ operand: Operand, into out: inout TemplateOutput) {
        switch operand.value {
        case .string(let s): out.append(s)
        case .rawString(let bytes): out.append(raw: bytes)
        case .invalid: out.append("<no value>")
        case .object(let object as GoPointerStringer) where operand.isAddressable: out.append(object.pointerString)
        case .object(let object as GoStructFormattable) where object.formatIsPointer && !object.formatIsStringer:
            out.append(GoFormat.printPointee(object))
        case .list, .map, .bytes, .object:
            // Elements may be strings that are not UTF-8: keep their bytes.
            out.append(goString: GoFormat.sprintValue([operand.value]))
        default: out.append(GoFormat.printValue(operand.value))
        }
    }

    private func walkIfOrWith(isWith: Bool, _ dot: Operand, _ branch: BranchNode, _ out: inout TemplateOutput) throws -> LoopSignal {
        let mark = vars.count
        defer { pop(to: mark) }
        let value = try evalPipelineOperand(dot, branch.pipe)
        if Truth.isTrue(value.value) {
            return try walk(isWith ? value : dot, branch.list, &out)
        } else if let elseList = branch.elseList {
            return try walk(dot, elseList, &out)
        }
        return .none
    }

    private func walkRange(_ dot: Operand, _ branch: BranchNode, _ statement: SyntaxNode, _ out: inout TemplateOutput) throws -> LoopSignal {
        at(.statement(statement))
        let outerMark = vars.count
        defer { pop(to: outerMark) }
        let value = try evalPipeline(dot, branch.pipe)
        let mark = vars.count
        let pipe = branch.pipe

        // One iteration: bind the variables, run the body; false when {{break}} ended the loop.
        func iteration(_ index: Operand, _ element: Operand, _ out: inout TemplateOutput) throws -> Bool {
            if !pipe.declarations.isEmpty {
                if pipe.isAssign {
                    // With two variables, index comes first; with one, the element.
                    try setVar(pipe.declarations[0].names[0], pipe.declarations.count > 1 ? index : element)
                } else {
                    setTopVar(1, element)
                }
            }
            if pipe.declarations.count > 1 {
                if pipe.isAssign {
                    try setVar(pipe.declarations[1].names[0], element)
                } else {
                    setTopVar(2, index)
                }
            }
            defer { pop(to: mark) }
            let signal = try walk(element, branch.list, &out)
            if case .breakLoop = signal { return false }
            return true
        }

        switch value {
        case .list(let list) where list.count > 0:
            let isInterface = list.elementType == .interface
            for (i, element) in list.elements.enumerated() {
                if try !iteration(Operand(.int(i)), Operand(element, isInterface: isInterface), &out) { break }
            }
            return .none
        case .object(let object as GoSliceObject):
            let list = object.sliceElements
            if list.count == 0 { break }
            let isInterface = list.elementType == .interface
            for (i, element) in list.elements.enumerated() {
                if try !iteration(Operand(.int(i)), Operand(element, isInterface: isInterface), &out) { break }
            }
            return .none
        case .bytes(let bytes) where !bytes.isEmpty:
            for (i, byte) in bytes.enumerated() {
                if try !iteration(Operand(.int(i)), Operand(.uint8(byte)), &out) { break }
            }
            return .none
        case .map(let map) where map.count > 0:
            let isInterface = map.elementType == .interface
            for key in map.sortedKeys {
                let element = map.entries[key] ?? .null
                if try !iteration(Operand(.string(key)), Operand(element, isInterface: isInterface), &out) { break }
            }
            return .none
        case .list, .bytes, .map, .invalid:
            break
        case .int, .int64, .uint8:
            if pipe.declarations.count > 1 {
                throw error("can't use \(GoFormat.sprint([value])) to iterate over more than one variable")
            }
            let count: Int64
            switch value {
            case .int(let n): count = Int64(n)
            case .int64(let n): count = n
            case .uint8(let n): count = Int64(n)
            default: count = 0
            }
            if count > 0 {
                var i: Int64 = 0
                while i < count {
                    let element: Value
                    switch value {
                    case .int: element = .int(Int(i))
                    case .int64: element = .int64(i)
                    default: element = .uint8(UInt8(truncatingIfNeeded: i))
                    }
                    if try !iteration(Operand(element), Operand(element), &out) { break }
                    i += 1
                }
                return .none
            }
        default:
            // walkRange indirects a pointer before reporting it.
            if case .object(let object as GoStructFormattable) = value, object.formatIsPointer {
                throw error("range can't iterate over \(GoFormat.printPointee(object))")
            }
            throw error("range can't iterate over \(GoFormat.sprint([value]))")
        }
        if let elseList = branch.elseList {
            return try walk(dot, elseList, &out)
        }
        return .none
    }

    private func walkTemplate(_ dot: Operand, _ call: TemplateCallNode, _ statement: SyntaxNode, _ out: inout TemplateOutput) throws {
        at(.statement(statement))
        guard let target = templates.tree(named: call.name) else {
            throw error("template \(GoFormat.quote(call.name)) not defined")
        }
        if depth >= ExecutionState.maxDepth {
            throw error("exceeded maximum template depth (\(ExecutionState.maxDepth))")
        }
        try checkStack()
        let newDot: Operand
        if let pipe = call.pipe {
            newDot = Operand(try evalPipeline(dot, pipe))
        } else {
            newDot = .invalid
        }
        // No dynamic scoping: the invoked template sees only `$`.
        let savedTree = tree, savedVars = vars, savedNode = node
        tree = target
        vars = [("$", newDot)]
        depth += 1
        defer {
            tree = savedTree
            vars = savedVars
            node = savedNode
            depth -= 1
        }
        _ = try walk(newDot, target.root, &out)
    }
}
