import Foundation

/// A set of named templates sharing one function map (Go's `*template.Template` and its
/// associated templates). Parse once, then execute many times, concurrently if wanted: parsed trees
/// are immutable and every execution keeps its own state.
public final class TemplateSet {
    public let functions: FunctionRegistry
    public let options: TemplateOptions
    /// Name of the set's root template, as Go reports it in `no template "x" associated with
    /// template "NAME"`. Helm's is `gotpl`.
    public var name: String
    private var trees: [String: ParseTree] = [:]

    public init(functions: FunctionRegistry, options: TemplateOptions = TemplateOptions(), name: String = "gotpl") {
        self.functions = functions
        self.options = options
        self.name = name
    }

    /// Parses `text` as template `name`, adding it and its `define`s; a later non-empty definition
    /// replaces an earlier one (an empty one never does), as in Go. Throws `TemplateError`.
    public func parse(name: String, text: String) throws {
        try parse(name: name, source: Array(text.utf8))
    }

    /// Parses a template from its bytes, which may not be UTF-8 (Go reads template files as byte
    /// strings: such text is written out as it is).
    public func parse(name: String, source: [UInt8]) throws {
        // Merged on the large stack too: a tree it replaces may be deep, and is freed there.
        try LargeStackExecutor.shared.run {
            let parsed: [String: ParseTree]
            do {
                parsed = try Parser(name: name, source: source, functions: self.functions).parse()
            } catch is StackGuard.Exhausted {
                throw TemplateError(kind: .parse, templateName: name, line: 0, column: 0,
                                    message: "stack exhausted: template nested too deeply")
            }
            for (treeName, tree) in parsed {
                if let old = self.trees[treeName], tree.root.isEmptyTree, !old.root.isEmptyTree { continue }
                self.trees[treeName] = tree
            }
        }
    }

    deinit {
        // Freeing a parse tree recurses once per nesting level, and Go accepts 100000 nested `if`s:
        // the trees are dropped on a large stack, not on whichever thread releases the set.
        let releasable = LargeStackExecutor.Releasable(trees)
        trees = [:]
        LargeStackExecutor.shared.release(releasable)
    }

    /// Executes template `name` with `data` as dot and `$`. Bytes that are not UTF-8 read as U+FFFD;
    /// `executeOutput` keeps them.
    public func execute(name: String, data: Value, environment: RenderEnvironment = .live,
                        userInfo: [String: Any] = [:]) throws -> String {
        try executeOutput(name: name, data: data, environment: environment, userInfo: userInfo).lossyText
    }

    /// Executes template `name`, keeping output bytes that are not UTF-8.
    public func executeOutput(name: String, data: Value, environment: RenderEnvironment = .live,
                              userInfo: [String: Any] = [:]) throws -> TemplateOutput {
        let box = UserInfoBox(userInfo)
        return try LargeStackExecutor.shared.run {
            try self.executeNested(name: name, data: data, environment: environment, userInfo: box)
        }
    }

    /// A clone sharing the parsed trees (for Helm's `tpl`: its defines stay in the clone).
    public func copy() -> TemplateSet {
        let clone = TemplateSet(functions: functions, options: options, name: name)
        clone.trees = trees
        return clone
    }

    public func hasTemplate(named name: String) -> Bool { trees[name] != nil }

    public var templateNames: [String] { trees.keys.sorted(by: goStringLess) }

    func tree(named name: String) -> ParseTree? { trees[name] }

    /// Executes on the current thread (from `execute` or a nested `include`/`tpl`).
    func executeNested(name: String, data: Value, environment: RenderEnvironment, userInfo: UserInfoBox) throws -> TemplateOutput {
        guard let tree = trees[name] else {
            throw TemplateError(kind: .execution, templateName: "", line: 0, column: 0, executing: nil, node: nil,
                                message: "no template \(GoFormat.quote(name)) associated with template \(GoFormat.quote(self.name))")
        }
        let state = ExecutionState(templates: self, tree: tree, data: data, environment: environment, userInfo: userInfo)
        var out = TemplateOutput()
        try state.run(data: data, into: &out)
        return out
    }
}

