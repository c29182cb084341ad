/// Go's text/template parser (parse/parse.go): turns one template text into trees, one for the
/// text itself and one per `define`/`block`.
///
/// Mirrors Go's token look-ahead (three tokens) closely, because the line Go reports in a parse
/// error is the line of the most recently read token.
final class Parser {
    /// Go limits nesting of parenthesized pipelines (parse.go's maxStackDepth).
    static let maxParenDepth = 10000

    private var lexer: Lexer
    private let parseName: String
    private let source: [UInt8]
    private let functions: FunctionRegistry
    private(set) var trees: [String: ParseTree] = [:]

    // Per-tree state (Go keeps it in each Tree; nested define/block trees save and restore it).
    private var tokens: [LexItem]
    private var peekCount = 0
    private var vars: [String] = ["$"]
    private var rangeDepth = 0
    private var actionLine = 0
    private var parenDepth = 0
    private var treeName: String

    convenience init(name: String, text: String, functions: FunctionRegistry) {
        self.init(name: name, source: Array(text.utf8), functions: functions)
    }

    /// `source` may hold bytes that are not UTF-8: text and raw string literals keep them.
    init(name: String, source: [UInt8], functions: FunctionRegistry) {
        self.parseName = name
        self.treeName = name
        self.source = source
        self.functions = functions
        let placeholder = LexItem(kind: .eof, pos: 0, value: "", line: 1)
        self.tokens = [placeholder, placeholder, placeholder]
        self.lexer = Lexer(bytes: source, breakOK: !functions.contains("break"), continueOK: !functions.contains("continue"))
    }

    /// The token's exact bytes.
    private func bytes(of token: LexItem) -> ArraySlice<UInt8> {
        guard token.pos >= 0, token.pos <= token.end, token.end <= source.count else { return [] }
        return source[token.pos..<token.end]
    }

    /// Parses the whole text; returns the trees by name (the text's own tree included).
    func parse() throws -> [String: ParseTree] {
        var root = ListNode(pos: peek().pos)
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delim = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                backup2(delim)
            }
            let node = try textOrAction()
            switch node {
            case .end, .elseClause:
                throw error("unexpected \(node.goDescription)")
            case .node(let n):
                root.nodes.append(n)
            }
        }
        try add(ParseTree(name: parseName, parseName: parseName, source: source, root: root))
        return trees
    }

    // MARK: - Errors

    private func error(_ message: String) -> TemplateError {
        TemplateError(kind: .parse, templateName: parseName, line: tokens[0].line, column: 0, message: message)
    }

    private func unexpected(_ token: LexItem, _ context: String) -> TemplateError {
        if token.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != token.line {
                extra = " in action started at \(parseName):\(actionLine)"
                if token.value.hasSuffix(" action") {
                    extra = String(extra.dropFirst(" in action".count))
                }
            }
            return error(token.value + extra)
        }
        return error("unexpected \(token.goDescription) in \(context)")
    }

    // MARK: - Tokens

    private func next() -> LexItem {
        if peekCount > 0 {
            peekCount -= 1
        } else {
            tokens[0] = lexer.nextItem()
        }
        return tokens[peekCount]
    }

    private func backup() { peekCount += 1 }

    private func backup2(_ t1: LexItem) {
        tokens[1] = t1
        peekCount = 2
    }

    private func backup3(_ t2: LexItem, _ t1: LexItem) {
        tokens[1] = t1
        tokens[2] = t2
        peekCount = 3
    }

    private func peek() -> LexItem {
        if peekCount > 0 { return tokens[peekCount - 1] }
        peekCount = 1
        tokens[0] = lexer.nextItem()
        return tokens[0]
    }

    private func nextNonSpace() -> LexItem {
        var token: LexItem
        repeat { token = next() } while token.kind == .space
        return token
    }

    private func peekNonSpace() -> LexItem {
        let token = nextNonSpace()
        backup()
        return token
    }

    private func expect(_ kind: LexItemKind, _ context: String) throws -> LexItem {
        let token = nextNonSpace()
        if token.kind != kind { throw unexpected(token, context) }
        return token
    }

    // MARK: - Trees

    private struct TreeState {
        var tokens: [LexItem]
        var peekCount: Int
        var vars: [String]
        var rangeDepth: Int
        var actionLine: Int
        var parenDepth: Int
        var treeName: String
    }

    private func saveState() -> TreeState {
        TreeState(tokens: tokens, peekCount: peekCount, vars: vars, rangeDepth: rangeDepth,
                  actionLine: actionLine, parenDepth: parenDepth, treeName: treeName)
    }

    private func restore(_ s: TreeState) {
        tokens = s.tokens
        peekCount = s.peekCount
        vars = s.vars
        rangeDepth = s.rangeDepth
        actionLine = s.actionLine
        parenDepth = s.parenDepth
        treeName = s.treeName
    }

    /// Starts a nested tree (define/block): fresh look-ahead and variables, same lexer.
    private func startNestedTree(name: String) {
        peekCount = 0
        vars = ["$"]
        rangeDepth = 0
        actionLine = 0
        parenDepth = 0
        treeName = name
    }

    /// Go's Tree.add: a later non-empty definition in the same text is an error.
    private func add(_ tree: ParseTree, errorLine: Int? = nil) throws {
        if let existing = trees[tree.name], !existing.root.isEmptyTree {
            if !tree.root.isEmptyTree {
                var e = error("template: multiple definition of template \(GoFormat.quote(tree.name))")
                e.line = errorLine ?? e.line
                throw e
            }
            return
        }
        trees[tree.name] = tree
    }

    private func parseDefinition() throws {
        let saved = saveState()
        startNestedTree(name: "definition")
        let context = "define clause"
        let token = nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, context) }
        guard let name = try? GoStringLiteral.unquote(token.value) else { throw error("invalid syntax") }
        treeName = name
        _ = try expect(.rightDelim, context)
        let (list, end) = try itemList()
        if case .end = end {} else { throw error("unexpected \(end.goDescription) in \(context)") }
        try add(ParseTree(name: name, parseName: parseName, source: source, root: list))
        restore(saved)
    }

    // MARK: - Lists and actions

    /// What textOrAction produced: a node, or the `{{end}}`/`{{else}}` that closes a list.
    private enum ListItem {
        case node(SyntaxNode)
        case end(pos: Int)
        case elseClause(pos: Int, line: Int)

        var goDescription: String {
            switch self {
            case .node(let n): return n.goDescription
            case .end: return "{{end}}"
            case .elseClause: return "{{else}}"
            }
        }
    }

    private func itemList() throws -> (ListNode, ListItem) {
        try StackGuard.check()
        var list = ListNode(pos: peekNonSpace().pos)
        while peekNonSpace().kind != .eof {
            let item = try textOrAction()
            switch item {
            case .end, .elseClause:
                return (list, item)
            case .node(let n):
                list.nodes.append(n)
            }
        }
        throw error("unexpected EOF")
    }

    private func textOrAction() throws -> ListItem {
        let token = nextNonSpace()
        switch token.kind {
        case .text:
            let text = bytes(of: token)
            if String(validating: text, as: UTF8.self) == nil { return .node(.rawText(Array(text))) }
            return .node(.text(token.value))
        case .leftDelim:
            actionLine = token.line
            defer { actionLine = 0 }
            return try action()
        default:
            throw unexpected(token, "input")
        }
    }

    private func action() throws -> ListItem {
        let token = nextNonSpace()
        switch token.kind {
        case .block: return .node(try blockControl())
        case .breakKeyword: return .node(try loopControl(.breakLoop(pos: token.pos), keyword: "break"))
        case .continueKeyword: return .node(try loopControl(.continueLoop(pos: token.pos), keyword: "continue"))
        case .elseKeyword: return try elseControl()
        case .end: return .end(pos: try expect(.rightDelim, "end").pos)
        case .ifKeyword: return .node(.ifBranch(try parseControl("if")))
        case .range: return .node(.rangeLoop(try parseControl("range")))
        case .template: return .node(try templateControl())
        case .with: return .node(.with(try parseControl("with")))
        default: break
        }
        backup()
        let start = peek()
        // Variables are not popped: they persist until "end".
        return .node(.action(ActionNode(pos: start.pos, pipe: try pipeline("command", end: .rightDelim))))
    }

    private func loopControl(_ node: SyntaxNode, keyword: String) throws -> SyntaxNode {
        let token = nextNonSpace()
        if token.kind != .rightDelim { throw unexpected(token, "{{\(keyword)}}") }
        if rangeDepth == 0 { throw error("{{\(keyword)}} outside {{range}}") }
        return node
    }

    private func elseControl() throws -> ListItem {
        let peeked = peekNonSpace()
        // "{{else if ...}}" and "{{else with ...}}" are "{{else}}{{if ...}}": leave the keyword pending.
        if peeked.kind == .ifKeyword || peeked.kind == .with {
            return .elseClause(pos: peeked.pos, line: peeked.line)
        }
        let token = try expect(.rightDelim, "else")
        return .elseClause(pos: token.pos, line: token.line)
    }

    private func parseControl(_ context: String) throws -> BranchNode {
        let savedVars = vars.count
        defer { vars.removeSubrange(min(savedVars, vars.count)...) }
        let pipe = try pipeline(context, end: .rightDelim)
        if context == "range" { rangeDepth += 1 }
        let (list, next) = try itemList()
        if context == "range" { rangeDepth -= 1 }
        var elseList: ListNode?
        switch next {
        case .end, .node:
            break
        case .elseClause(let pos, _):
            // "else if"/"else with" chains: parse the inner control up to its {{end}}, which also ends this one.
            if context == "if" && peek().kind == .ifKeyword {
                _ = self.next()
                elseList = ListNode(pos: pos, nodes: [.ifBranch(try parseControl("if"))])
            } else if context == "with" && peek().kind == .with {
                _ = self.next()
                elseList = ListNode(pos: pos, nodes: [.with(try parseControl("with"))])
            } else {
                let (list2, next2) = try itemList()
                if case .end = next2 {} else { throw error("expected end; found \(next2.goDescription)") }
                elseList = list2
            }
        }
        return BranchNode(pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
    }

    private func templateName(_ token: LexItem, _ context: String) throws -> String {
        switch token.kind {
        case .string, .rawString:
            guard let s = try? GoStringLiteral.unquote(token.value) else { throw error("invalid syntax") }
            return s
        default:
            throw unexpected(token, context)
        }
    }

    private func templateControl() throws -> SyntaxNode {
        let context = "template clause"
        let token = nextNonSpace()
        let name = try templateName(token, context)
        var pipe: PipeNode?
        if nextNonSpace().kind != .rightDelim {
            backup()
            // Variables are not popped: they persist until "end".
            pipe = try pipeline(context, end: .rightDelim)
        }
        return .template(TemplateCallNode(pos: token.pos, name: name, pipe: pipe))
    }

    private func blockControl() throws -> SyntaxNode {
        let context = "block clause"
        let token = nextNonSpace()
        let name = try templateName(token, context)
        let pipe = try pipeline(context, end: .rightDelim)

        let saved = saveState()
        startNestedTree(name: name)
        let (list, end) = try itemList()
        let childLine = tokens[0].line
        restore(saved)
        if case .end = end {} else { throw error("unexpected \(end.goDescription) in \(context)") }
        try add(ParseTree(name: name, parseName: parseName, source: source, root: list), errorLine: childLine)
        return .template(TemplateCallNode(pos: token.pos, name: name, pipe: pipe))
    }

    // MARK: - Pipelines

    private func pipeline(_ context: String, end: LexItemKind) throws -> PipeNode {
        let pipe = PipeNode(pos: peekNonSpace().pos)
        decls: while true {
            let v = peekNonSpace()
            guard v.kind == .variable else { break }
            _ = next()
            // "$x foo" vs "$x := foo": look past the space.
            let tokenAfterVariable = peek()
            let nextToken = peekNonSpace()
            if nextToken.kind == .assign || nextToken.kind == .declare {
                pipe.isAssign = nextToken.kind == .assign
                _ = nextNonSpace()
                pipe.declarations.append(VariableNode(pos: v.pos, names: variableNames(v.value)))
                vars.append(v.value)
            } else if nextToken.kind == .char && nextToken.value == "," {
                _ = nextNonSpace()
                pipe.declarations.append(VariableNode(pos: v.pos, names: variableNames(v.value)))
                vars.append(v.value)
                if context == "range" && pipe.declarations.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen:
                        continue decls // second variable of a range
                    default:
                        throw error("range can only initialize variables")
                    }
                }
                throw error("too many declarations in \(context)")
            } else if tokenAfterVariable.kind == .space {
                backup3(v, tokenAfterVariable)
            } else {
                backup2(v)
            }
            break
        }
        while true {
            let token = nextNonSpace()
            if token.kind == end {
                try checkPipeline(pipe, context)
                return pipe
            }
            switch token.kind {
            case .bool, .charConstant, .complexNumber, .dot, .field, .identifier, .number, .nilKeyword,
                 .rawString, .string, .variable, .leftParen:
                backup()
                pipe.commands.append(try command())
            default:
                throw unexpected(token, context)
            }
        }
    }

    private func variableNames(_ value: String) -> [String] {
        value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    private func checkPipeline(_ pipe: PipeNode, _ context: String) throws {
        if pipe.commands.isEmpty { throw error("missing value for \(context)") }
        for (i, c) in pipe.commands.enumerated().dropFirst() {
            switch c.args.first {
            case .bool?, .dot?, .nilValue?, .number?, .string?:
                throw error("non executable command in pipeline stage \(i + 1)")
            default:
                break
            }
        }
    }

    private func command() throws -> CommandNode {
        var cmd = CommandNode(pos: peekNonSpace().pos)
        while true {
            _ = peekNonSpace() // skip leading spaces
            if let operand = try operand() {
                cmd.args.append(operand)
            }
            let token = next()
            switch token.kind {
            case .space:
                continue
            case .rightDelim, .rightParen:
                backup()
            case .pipe:
                break
            default:
                throw unexpected(token, "operand")
            }
            break
        }
        if cmd.args.isEmpty { throw error("empty command") }
        return cmd
    }

    private func operand() throws -> OperandNode? {
        guard let node = try term() else { return nil }
        if peek().kind == .field {
            let chainPos = peek().pos
            var fields: [String] = []
            while peek().kind == .field {
                fields.append(String(next().value.dropFirst()))
            }
            // Fields and variables absorb the chain; literals cannot have fields.
            switch node {
            case .field(let f):
                return .field(FieldNode(pos: chainPos, names: f.names + fields))
            case .variable(let v):
                return .variable(VariableNode(pos: chainPos, names: v.names + fields))
            case .bool, .string, .number, .nilValue, .dot:
                throw error("unexpected . after term \(GoFormat.quote(node.goDescription))")
            default:
                return .chain(ChainNode(pos: chainPos, node: node, fields: fields))
            }
        }
        return node
    }

    private func term() throws -> OperandNode? {
        let token = nextNonSpace()
        switch token.kind {
        case .identifier:
            if let f = functions[token.value] {
                return .identifier(IdentifierNode(pos: token.pos, name: token.value, function: .registered(f)))
            }
            if let b = Builtin(rawValue: token.value) {
                return .identifier(IdentifierNode(pos: token.pos, name: token.value, function: .builtin(b)))
            }
            throw error("function \(GoFormat.quote(token.value)) not defined")
        case .dot:
            return .dot(pos: token.pos)
        case .nilKeyword:
            return .nilValue(pos: token.pos)
        case .variable:
            let names = variableNames(token.value)
            if !vars.contains(names[0]) {
                throw error("undefined variable \(GoFormat.quote(names[0]))")
            }
            return .variable(VariableNode(pos: token.pos, names: names))
        case .field:
            return .field(FieldNode(pos: token.pos, names: [String(token.value.dropFirst())]))
        case .bool:
            return .bool(token.value == "true", pos: token.pos)
        case .charConstant, .complexNumber, .number:
            return .number(try NumberParsing.number(pos: token.pos, text: token.value, kind: token.kind, error: error))
        case .leftParen:
            if parenDepth >= Parser.maxParenDepth { throw error("max expression depth exceeded") }
            try StackGuard.check()
            parenDepth += 1
            defer { parenDepth -= 1 }
            return .pipe(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString:
            guard let unquoted = try? GoStringLiteral.unquote(bytes: Array(bytes(of: token))) else {
                throw error("invalid syntax")
            }
            let value = Value.goString(unquoted)
            return .string(StringNode(pos: token.pos, quoted: token.value, text: value.stringValue ?? "", value: value))
        default:
            backup()
            return nil
        }
    }
}
