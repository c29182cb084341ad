/// Function and method calls with Go's argument checks and conversions (exec.go's evalCall,
/// evalArg, validateType).
extension ExecutionState {
    /// What is being called.
    enum Callee {
        case builtin(Builtin)
        case function(GoFunction)

        var parameters: [GoType] {
            switch self {
            case .builtin(let b): return b.parameters
            case .function(let f): return f.parameters
            }
        }

        var variadic: GoType? {
            switch self {
            case .builtin(let b): return b.variadic
            case .function(let f): return f.variadic
            }
        }
    }

    func evalFunction(_ dot: Operand, _ identifier: IdentifierNode, _ node: OperandNode, callNode: ErrorNode,
                      args: [OperandNode]?, final: Operand?) throws -> Operand {
        at(.operand(node))
        // Resolved when parsed, registered functions first (Go looks in the FuncMap before builtins).
        let callee: Callee
        switch identifier.function {
        case .builtin(let b): callee = .builtin(b)
        case .registered(let f): callee = .function(f)
        }
        return try evalCall(dot, callee, callNode: callNode, name: identifier.name, args: args, final: final)
    }

    /// `args` includes the function's own node first (as Go's cmd.Args does); `final` is the piped value.
    func evalCall(_ dot: Operand, _ callee: Callee, callNode: ErrorNode, name: String,
                  args allArgs: [OperandNode]?, final: Operand?) throws -> Operand {
        let args = allArgs.map { Array($0.dropFirst()) } ?? []
        let parameters = callee.parameters
        let variadic = callee.variadic
        let numIn = args.count + (final == nil ? 0 : 1)
        let numFixed: Int
        if variadic != nil {
            numFixed = parameters.count
            if numIn < numFixed {
                throw error("wrong number of args for \(name): want at least \(numFixed) got \(args.count)")
            }
        } else {
            numFixed = args.count
            if numIn != parameters.count {
                throw error("wrong number of args for \(name): want \(parameters.count) got \(numIn)")
            }
        }

        // and/or short-circuit and return the deciding value.
        if case .builtin(let b) = callee, b == .and || b == .or {
            var v = Operand.invalid
            for arg in args {
                v = try evalArg(dot, .reflectValue, arg)
                if Truth.isTrue(v.value) == (b == .or) { return Operand(v.value) }
            }
            if let final = final {
                v = try validateType(final, .reflectValue)
            }
            return Operand(v.value)
        }

        var argv: [Value] = []
        argv.reserveCapacity(numIn)
        var i = 0
        while i < numFixed && i < args.count {
            argv.append(try evalArg(dot, parameters[i], args[i]).value)
            i += 1
        }
        if let variadicType = variadic {
            while i < args.count {
                argv.append(try evalArg(dot, variadicType, args[i]).value)
                i += 1
            }
        }
        if let final = final {
            var type = parameters.last ?? .interface
            if let variadicType = variadic {
                type = numIn - 1 < numFixed ? parameters[numIn - 1] : variadicType
            }
            argv.append(try validateType(final, type).value)
        }

        do {
            switch callee {
            case .builtin(.call):
                // Go inserts the callee's node text as the name; we have no function values.
                let fn = Builtins.indirectInterface(argv[0])
                if fn.isInvalid { throw FunctionError("call of nil") }
                throw FunctionError("non-function \(args.first?.goDescription ?? "") of type \(fn.goTypeName)")
            case .builtin(let b):
                return Operand(try b.apply(argv))
            case .function(let f):
                return Operand(try f.body(self, argv))
            }
        } catch let e as FunctionError {
            at(callNode)
            throw error("error calling \(name): \(e.message)", underlying: e)
        } catch let e as TemplateError {
            at(callNode)
            throw error("error calling \(name): \(e.description)", underlying: e)
        } catch {
            at(callNode)
            throw self.error("error calling \(name): \(error)", underlying: error)
        }
    }

    /// Evaluates an argument for a parameter of type `type` (nil: no type, for a chain's operand).
    func evalArg(_ dot: Operand, _ type: GoType?, _ node: OperandNode) throws -> Operand {
        at(.operand(node))
        switch node {
        case .dot:
            return try validateType(dot, type)
        case .nilValue:
            guard let type = type else { throw error("cannot assign nil to <nil>") }
            if type == .reflectValue { return .invalid }
            if canBeNil(type) { return Operand(MapZero.zeroValue(of: type)) }
            throw error("cannot assign nil to \(type.name)")
        case .field(let field):
            return try validateType(try evalFieldNode(dot, field, node, args: [node], final: nil), type)
        case .variable(let variable):
            return try validateType(try evalVariableNode(dot, variable, node, args: nil, final: nil), type)
        case .pipe(let pipe):
            return try validateType(Operand(try evalPipeline(dot, pipe)), type)
        case .identifier(let identifier):
            return try validateType(try evalFunction(dot, identifier, node, callNode: .operand(node), args: [node], final: nil), type)
        case .chain(let chain):
            return try validateType(try evalChainNode(dot, chain, node, args: nil, final: nil), type)
        default:
            break
        }
        switch type ?? .interface {
        case .bool:
            if case .bool(let b, _) = node { return Operand(.bool(b)) }
            throw error("expected bool; found \(node.goDescription)")
        case .float64:
            if case .number(let n) = node, n.isFloat { return Operand(.float64(n.float64)) }
            throw error("expected float; found \(node.goDescription)")
        case .int:
            if case .number(let n) = node, n.isInt { return Operand(.int(Int(n.int64))) }
            throw error("expected integer; found \(node.goDescription)")
        case .int64:
            if case .number(let n) = node, n.isInt { return Operand(.int64(n.int64)) }
            throw error("expected integer; found \(node.goDescription)")
        case .uint8:
            if case .number(let n) = node, n.isUint { return Operand(.uint8(UInt8(truncatingIfNeeded: n.uint64))) }
            throw error("expected unsigned integer; found \(node.goDescription)")
        case .string:
            if case .string(let s) = node { return Operand(s.value) }
            throw error("expected string; found \(node.goDescription)")
        case .interface, .reflectValue:
            return Operand(try evalEmptyInterface(node))
        case .slice, .stringMap, .named:
            throw error("can't handle \(node.goDescription) for arg of type \((type ?? .interface).name)")
        }
    }

    private func evalEmptyInterface(_ node: OperandNode) throws -> Value {
        switch node {
        case .bool(let b, _): return .bool(b)
        case .number(let n): return try idealConstant(n, node)
        case .string(let s): return s.value
        default: throw error("can't handle assignment of \(node.goDescription) to empty interface argument")
        }
    }

    private func canBeNil(_ type: GoType) -> Bool {
        switch type {
        case .interface, .slice, .stringMap, .reflectValue: return true
        case .named(let n): return n.hasPrefix("*")
        default: return false
        }
    }

    /// Go's validateType: is the value assignable to the parameter type?
    func validateType(_ value: Operand, _ type: GoType?) throws -> Operand {
        guard let type = type else { return value }
        if case .invalid = value.value {
            if type == .reflectValue { return .invalid }
            if canBeNil(type) { return Operand(MapZero.zeroValue(of: type)) }
            throw error("invalid value; expected \(type.name)")
        }
        switch type {
        case .interface, .reflectValue:
            return value
        default:
            break
        }
        if isAssignable(value.value, to: type) { return Operand(value.value) }
        if case .null = value.value {
            throw error("wrong type for value; expected \(type.name); got interface {}")
        }
        throw error("wrong type for value; expected \(type.name); got \(value.value.goTypeName)")
    }

    private func isAssignable(_ value: Value, to type: GoType) -> Bool {
        switch (type, value) {
        case (.bool, .bool), (.int, .int), (.int64, .int64), (.uint8, .uint8), (.float64, .float64), (.string, .string),
             (.string, .rawString):
            return true
        case (.slice(.uint8), .bytes):
            return true
        case (.slice(let e), .list(let l)):
            return l.elementType == e
        case (.stringMap(let e), .map(let m)):
            return m.elementType == e
        case (.named(let n), _):
            return value.goTypeName == n
        default:
            return false
        }
    }
}
