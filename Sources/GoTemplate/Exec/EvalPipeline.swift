/// Pipelines, commands, fields and variables (exec.go's evalPipeline … evalField).
extension ExecutionState {
    /// Evaluates a pipeline; the result has nil interfaces unwrapped to the invalid value, as Go does
    /// after every command.
    func evalPipeline(_ dot: Operand, _ pipe: PipeNode) throws -> Value {
        try evalPipelineOperand(dot, pipe).value
    }

    /// `evalPipeline`, keeping whether the result is addressable (for printing it).
    func evalPipelineOperand(_ dot: Operand, _ pipe: PipeNode) throws -> Operand {
        at(.pipe(pipe))
        var value: Operand?
        for command in pipe.commands {
            value = try evalCommand(dot, command, final: value).unwrapped
        }
        let result = value ?? .invalid
        for variable in pipe.declarations {
            if pipe.isAssign {
                try setVar(variable.names[0], result)
            } else {
                push(variable.names[0], result)
            }
        }
        return result
    }

    /// `final` is the previous command's result (nil for the first command: Go's missingVal).
    func evalCommand(_ dot: Operand, _ command: CommandNode, final: Operand?) throws -> Operand {
        try checkStack()
        guard let first = command.args.first else { return .invalid }
        switch first {
        case .field(let field):
            return try evalFieldNode(dot, field, first, args: command.args, final: final)
        case .chain(let chain):
            return try evalChainNode(dot, chain, first, args: command.args, final: final)
        case .identifier(let identifier):
            return try evalFunction(dot, identifier, first, callNode: .command(command), args: command.args, final: final)
        case .pipe(let pipe):
            // A parenthesized pipeline takes no arguments.
            try notAFunction(command.args, final: final)
            return try evalPipelineOperand(dot, pipe)
        case .variable(let variable):
            return try evalVariableNode(dot, variable, first, args: command.args, final: final)
        default:
            break
        }
        at(.operand(first))
        try notAFunction(command.args, final: final)
        switch first {
        case .bool(let b, _): return Operand(.bool(b))
        case .dot: return dot
        case .nilValue: throw error("nil is not a command")
        case .number(let n): return Operand(try idealConstant(n, first))
        case .string(let s): return Operand(s.value)
        default: throw error("can't evaluate command \(GoFormat.quote(first.goDescription))")
        }
    }

    func notAFunction(_ args: [OperandNode], final: Operand?) throws {
        if args.count > 1 || final != nil {
            throw error("can't give argument to non-function \(args[0].goDescription)")
        }
    }

    /// Number literal where no type is asked for: int unless it reads as a float.
    func idealConstant(_ n: NumberNode, _ node: OperandNode) throws -> Value {
        at(.operand(node))
        if n.isComplex { throw error("complex numbers are not supported: \(n.text)") }
        let text = n.text
        let isHexInt = text.count > 2 && text.hasPrefix("0") && (text.dropFirst().first == "x" || text.dropFirst().first == "X")
            && !text.contains("p") && !text.contains("P")
        let isRuneInt = text.hasPrefix("'")
        if n.isFloat && !isHexInt && !isRuneInt && text.contains(where: { ".eEpP".contains($0) }) {
            return .float64(n.float64)
        }
        if n.isInt { return .int(Int(n.int64)) }
        if n.isUint { throw error("\(text) overflows int") }
        return .invalid
    }

    func evalFieldNode(_ dot: Operand, _ field: FieldNode, _ node: OperandNode, args: [OperandNode]?, final: Operand?) throws -> Operand {
        at(.operand(node))
        return try evalFieldChain(dot, receiver: dot, node, field.names[...], args: args, final: final)
    }

    func evalChainNode(_ dot: Operand, _ chain: ChainNode, _ node: OperandNode, args: [OperandNode]?, final: Operand?) throws -> Operand {
        at(.operand(node))
        if case .nilValue = chain.node {
            throw error("indirection through explicit nil in \(node.goDescription)")
        }
        // (pipe).Field1.Field2: evaluate the operand, then the fields.
        let receiver = try evalArg(dot, nil, chain.node)
        return try evalFieldChain(dot, receiver: receiver, node, chain.fields[...], args: args, final: final)
    }

    func evalVariableNode(_ dot: Operand, _ variable: VariableNode, _ node: OperandNode, args: [OperandNode]?, final: Operand?) throws -> Operand {
        at(.operand(node))
        let value = try varValue(variable.names[0])
        if variable.names.count == 1 {
            try notAFunction(args ?? [node], final: final)
            return value
        }
        return try evalFieldChain(dot, receiver: value, node, variable.names[1...], args: args, final: final)
    }

    func evalFieldChain(_ dot: Operand, receiver: Operand, _ node: OperandNode, _ names: ArraySlice<String>,
                        args: [OperandNode]?, final: Operand?) throws -> Operand {
        var receiver = receiver
        guard let last = names.last else { return receiver }
        for name in names.dropLast() {
            receiver = try evalField(dot, name, node, args: nil, final: nil, receiver: receiver)
        }
        return try evalField(dot, last, node, args: args, final: final, receiver: receiver)
    }

    /// One field step: a method (called with the arguments), a struct field or a map key.
    func evalField(_ dot: Operand, _ name: String, _ node: OperandNode, args: [OperandNode]?, final: Operand?,
                   receiver: Operand) throws -> Operand {
        switch receiver.value {
        case .invalid:
            if missingKey == .error { throw error("nil data; no entry for key \(GoFormat.quote(name))") }
            return .invalid
        case .null:
            // A method call on a nil interface cannot work; missingkey does not apply.
            throw error("nil pointer evaluating \(receiver.typeName).\(name)")
        case .object(let object):
            if let method = object.method(named: name) {
                return try evalCall(dot, .function(method), callNode: .operand(node), name: name, args: args, final: final)
            }
            if let field = object.field(named: name) {
                if hasArguments(args, final) {
                    throw error("\(name) has arguments but cannot be invoked as function")
                }
                return Operand(field, isAddressable: true)
            }
        case .map(let map):
            if let methods = map.methods, let method = methods[name] {
                return try evalCall(dot, .function(method(map)), callNode: .operand(node), name: name, args: args, final: final)
            }
            if hasArguments(args, final) {
                throw error("\(name) is not a method but has arguments")
            }
            let isInterface = map.elementType == .interface
            if let value = map.entries[name] {
                return Operand(value, isInterface: isInterface)
            }
            switch missingKey {
            case .invalid: return .invalid
            case .zero: return Operand(MapZero.zeroValue(of: map.elementType), isInterface: isInterface)
            case .error: throw error("map has no entry for key \(GoFormat.quote(name))")
            }
        default:
            break
        }
        throw error("can't evaluate field \(name) in type \(receiver.typeName)")
    }

    private func hasArguments(_ args: [OperandNode]?, _ final: Operand?) -> Bool {
        (args?.count ?? 0) > 1 || final != nil
    }
}
