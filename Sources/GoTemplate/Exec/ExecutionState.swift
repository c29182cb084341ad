/// Shared, per-execution mutable storage for `CallContext.userInfo` (shared with nested `include`
/// and `tpl` executions, as Helm shares its include counters).
final class UserInfoBox {
    var values: [String: Any]
    init(_ values: [String: Any]) { self.values = values }
}

/// The state of one execution (Go's exec.go `state`): current template, variable stack, depth and
/// error position. Parsed trees are only read, so one set can execute concurrently.
final class ExecutionState: CallContext {
    /// Go's maxExecDepth.
    static let maxDepth = 100_000

    let templates: TemplateSet
    var tree: ParseTree
    var vars: [(name: String, value: Operand)]
    var depth = 0
    var node: ErrorNode = .none
    let environment: RenderEnvironment
    let userInfoBox: UserInfoBox
    /// StackGuard's limit for this thread, read once (an execution never changes threads).
    private let stackLimit = StackGuard.lowestUsableAddress()

    init(templates: TemplateSet, tree: ParseTree, data: Value, environment: RenderEnvironment, userInfo: UserInfoBox) {
        self.templates = templates
        self.tree = tree
        self.vars = [("$", Operand(data))]
        self.environment = environment
        self.userInfoBox = userInfo
    }

    var userInfo: [String: Any] {
        get { userInfoBox.values }
        set { userInfoBox.values = newValue }
    }

    var missingKey: TemplateOptions.MissingKey { templates.options.missingKey }

    /// Runs the whole template into `out`.
    func run(data: Value, into out: inout TemplateOutput) throws {
        _ = try walk(Operand(data), tree.root, &out)
    }

    // MARK: - Errors

    func at(_ n: ErrorNode) { node = n }

    /// Go's state.errorf: the error at the current node, in the template being executed.
    func error(_ message: String, underlying: Error? = nil) -> TemplateError {
        if case .none = node {
            return TemplateError(kind: .execution, templateName: tree.parseName, line: 0, column: 0,
                                 executing: tree.name, node: nil, message: message, underlying: underlying)
        }
        let (line, column) = tree.location(of: node.pos)
        return TemplateError(kind: .execution, templateName: tree.parseName, line: line, column: column,
                             executing: tree.name, node: node.goDescription, message: message, underlying: underlying)
    }

    func checkStack() throws {
        if StackGuard.currentPosition() <= stackLimit {
            throw error("stack exhausted: templates nested too deeply")
        }
    }

    // MARK: - Variables

    func push(_ name: String, _ value: Operand) { vars.append((name, value)) }

    func pop(to mark: Int) {
        if vars.count > mark { vars.removeSubrange(mark...) }
    }

    func setVar(_ name: String, _ value: Operand) throws {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name {
                vars[i].value = value
                return
            }
            i -= 1
        }
        throw error("undefined variable: \(name)")
    }

    func setTopVar(_ n: Int, _ value: Operand) {
        let i = vars.count - n
        if i >= 0 && i < vars.count { vars[i].value = value }
    }

    func varValue(_ name: String) throws -> Operand {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name { return vars[i].value }
            i -= 1
        }
        throw error("undefined variable: \(name)")
    }

    // MARK: - CallContext

    func executeTemplate(named name: String, data: Value) throws -> String {
        try renderTemplate(named: name, data: data).stringValue ?? ""
    }

    func executeText(_ text: String, named name: String, data: Value) throws -> String {
        try renderText(.string(text), named: name, data: data).stringValue ?? ""
    }

    func renderTemplate(named name: String, data: Value) throws -> Value {
        try templates.executeNested(name: name, data: data, environment: environment, userInfo: userInfoBox).value
    }

    func renderText(_ source: Value, named name: String, data: Value) throws -> Value {
        let copy = templates.copy()
        try copy.parse(name: name, source: source.goStringBytes ?? [])
        return try copy.executeNested(name: name, data: data, environment: environment, userInfo: userInfoBox).value
    }
}
