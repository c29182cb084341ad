import GoTemplate

/// A compiled schema graph and its entry point. Releasing it unlinks the graph, whose `$ref`s form
/// cycles.
final class SchemaProgram {
    let root: CompiledSchema
    private let nodes: [CompiledSchema]

    init(root: CompiledSchema, nodes: [CompiledSchema]) {
        self.root = root
        self.nodes = nodes
    }

    deinit {
        for node in nodes { node.unlink() }
    }
}

/// jsonschema v6's `Compiler` as Helm configures it: documents are compiled breadth first from the
/// root, each location once, keywords read as the location's draft and vocabularies allow, and every
/// reference resolved (loading other documents through `SchemaRoots`) before anything is validated.
final class SchemaCompiler {
    let roots: SchemaRoots
    /// Helm leaves format assertion to the drafts; the metaschemas are compiled with it on.
    let assertFormat: Bool
    private var compiled: [String: CompiledSchema] = [:]
    private var queue: [CompiledSchema] = []

    init(roots: SchemaRoots, assertFormat: Bool) {
        self.roots = roots
        self.assertFormat = assertFormat
    }

    func compile(url: String) throws -> SchemaProgram {
        let root = try roots.root(url)
        guard let rootResource = root.rootResource else { throw SchemaCompileError("no root resource in \(url)") }
        let start = enqueue(url: url, pointer: try root.resolve(fragment: "", in: rootResource))
        var index = 0
        while index < queue.count {
            let schema = queue[index]
            try roots.ensureSubschema(url: schema.url, pointer: schema.pointer)
            let r = try roots.root(schema.url)
            try compileValue(try r.lookup(schema.pointer), schema, r)
            index += 1
        }
        return SchemaProgram(root: start, nodes: queue)
    }

    private func enqueue(url: String, pointer: String) -> CompiledSchema {
        let key = url + "#" + pointer
        if let existing = compiled[key] { return existing }
        let schema = CompiledSchema(url: url, pointer: pointer)
        compiled[key] = schema
        queue.append(schema)
        return schema
    }

    private func compileValue(_ value: SchemaJSON, _ s: CompiledSchema, _ r: SchemaRoot) throws {
        guard let res = r.resource(for: s.pointer) else { return }
        s.draftVersion = res.dialect.draft.version
        let resourceSchema = enqueue(url: s.url, pointer: res.pointer)
        s.resource = resourceSchema
        if s.draftVersion >= 2020 && s.pointer == res.pointer {
            for anchor in res.dynamicAnchors {
                if let pointer = res.anchors[anchor] {
                    s.dynamicAnchorSchemas[anchor] = enqueue(url: s.url, pointer: pointer)
                }
            }
        }
        switch value {
        case .bool(let b):
            s.boolValue = b
        case .object(let object):
            if object.isEmpty {
                s.boolValue = true
            } else {
                var keywords = ObjectCompiler(compiler: self, object: object, schema: s, root: r, resource: res)
                try keywords.compile()
            }
        default:
            break
        }
        s.allPropertiesEvaluated = s.additionalProperties != nil
        if s.draftVersion < 2020 {
            s.allItemsEvaluated = s.additionalItems != nil
            if s.itemsSchema != nil { s.allItemsEvaluated = true }
            if let items = s.itemsArray { s.itemsEvaluatedCount = items.count }
        } else {
            s.allItemsEvaluated = s.items2020 != nil
            s.itemsEvaluatedCount = s.prefixItems.count
        }
    }

    /// jsonschema's `objCompiler`: reads one schema object's keywords.
    private struct ObjectCompiler {
        let compiler: SchemaCompiler
        let object: [String: SchemaJSON]
        let schema: CompiledSchema
        let root: SchemaRoot
        let resource: SchemaResource

        private var dialect: SchemaDialect { resource.dialect }
        private var version: Int { schema.draftVersion }

        mutating func compile() throws {
            try compileDraft4()
            if version >= 6 { compileDraft6() }
            if version >= 7 { compileDraft7() }
            if version >= 2019 { try compileDraft2019() }
            if version >= 2020 { try compileDraft2020() }
        }

        private func compileDraft4() throws {
            let s = schema
            if dialect.hasVocabulary("core") {
                s.ref = try reference("$ref")
                // Before 2019-09 a `$ref` hides its siblings (those of later drafts' keywords aside).
                if version < 2019 && s.ref != nil { return }
            }
            if dialect.hasVocabulary("applicator") {
                s.allOf = array("allOf")
                s.anyOf = array("anyOf")
                s.oneOf = array("oneOf")
                s.not = property("not")
                if version < 2020, let items = object["items"] {
                    if items.arrayValue != nil {
                        s.itemsArray = array("items")
                        s.additionalItems = additional("additionalItems")
                    } else {
                        s.itemsSchema = property("items")
                    }
                }
                for (name, sub) in map("properties") {
                    s.properties.append((name, sub))
                    s.propertySchemas[name] = sub
                }
                for (pattern, sub) in map("patternProperties") {
                    if let message = SchemaPatterns.syntaxError(pattern) {
                        throw SchemaCompileError("invalid regex \(quote(pattern)) at \(quote(format("patternProperties"))): \(message)")
                    }
                    s.patternProperties.append((pattern, sub))
                }
                s.additionalProperties = additional("additionalProperties")
                if case .object(let deps)? = object["dependencies"] {
                    for name in SchemaJSON.sortedKeys(deps) {
                        guard let dep = deps[name] else { continue }
                        if case .array(let list) = dep {
                            s.dependencies.append((name, .required(list.compactMap(\.stringValue))))
                        } else {
                            let sub = compiler.enqueue(url: s.url, pointer: pointer("dependencies", name))
                            s.dependencies.append((name, .schema(sub)))
                        }
                    }
                }
            }
            if dialect.hasVocabulary("validation") {
                if let t = object["type"] { s.types = Self.types(t) }
                if case .array(let values)? = object["enum"] { s.enumValues = values }
                s.multipleOf = number("multipleOf")
                s.maximum = number("maximum")
                if object["exclusiveMaximum"]?.boolValue == true {
                    s.exclusiveMaximum = s.maximum
                    s.maximum = nil
                } else {
                    s.exclusiveMaximum = number("exclusiveMaximum")
                }
                s.minimum = number("minimum")
                if object["exclusiveMinimum"]?.boolValue == true {
                    s.exclusiveMinimum = s.minimum
                    s.minimum = nil
                } else {
                    s.exclusiveMinimum = number("exclusiveMinimum")
                }
                s.minLength = integer("minLength")
                s.maxLength = integer("maxLength")
                if let pattern = object["pattern"]?.stringValue {
                    if let message = SchemaPatterns.syntaxError(pattern) {
                        throw SchemaCompileError("invalid regex \(quote(pattern)) at \(quote(format("pattern"))): \(message)")
                    }
                    s.pattern = pattern
                }
                s.minItems = integer("minItems")
                s.maxItems = integer("maxItems")
                s.uniqueItems = object["uniqueItems"]?.boolValue == true
                s.maxProperties = integer("maxProperties")
                s.minProperties = integer("minProperties")
                if case .array(let names)? = object["required"] { s.required = names.compactMap(\.stringValue) }
            }
            if assertsFormat, let name = object["format"]?.stringValue {
                s.format = SchemaFormats.format(named: name)
            }
        }

        private var assertsFormat: Bool {
            if compiler.assertFormat || version < 2019 { return true }
            return dialect.hasVocabulary(version == 2019 ? "format" : "format-assertion")
        }

        private func compileDraft6() {
            if dialect.hasVocabulary("applicator") {
                schema.contains = property("contains")
                schema.propertyNames = property("propertyNames")
            }
            if dialect.hasVocabulary("validation"), let c = object["const"] {
                schema.constValue = c
            }
        }

        private func compileDraft7() {
            guard dialect.hasVocabulary("applicator") else { return }
            schema.ifSchema = property("if")
            if schema.ifSchema != nil {
                let b = object["if"]?.boolValue
                if b == nil || b == true { schema.thenSchema = property("then") }
                if b == nil || b == false { schema.elseSchema = property("else") }
            }
        }

        private func compileDraft2019() throws {
            let s = schema
            if dialect.hasVocabulary("core") {
                s.recursiveRef = try reference("$recursiveRef")
                s.recursiveAnchor = object["$recursiveAnchor"]?.boolValue == true
            }
            if dialect.hasVocabulary("validation") {
                if s.contains != nil {
                    s.minContains = integer("minContains")
                    s.maxContains = integer("maxContains")
                }
                if case .object(let deps)? = object["dependentRequired"] {
                    for name in SchemaJSON.sortedKeys(deps) {
                        if case .array(let list)? = deps[name] {
                            s.dependentRequired.append((name, list.compactMap(\.stringValue)))
                        }
                    }
                }
            }
            if dialect.hasVocabulary("applicator") {
                s.dependentSchemas = map("dependentSchemas")
            }
            let unevaluated = version == 2019 ? dialect.hasVocabulary("applicator") : dialect.hasVocabulary("unevaluated")
            if unevaluated {
                s.unevaluatedItems = property("unevaluatedItems")
                s.unevaluatedProperties = property("unevaluatedProperties")
            }
        }

        private func compileDraft2020() throws {
            let s = schema
            if dialect.hasVocabulary("core") {
                if let target = try reference("$dynamicRef"), let text = object["$dynamicRef"]?.stringValue {
                    let fragment = try SchemaURL.splitFragment(text).fragment
                    s.dynamicRef = (target, SchemaURL.isPointer(fragment) ? "" : fragment)
                }
                s.dynamicAnchor = object["$dynamicAnchor"]?.stringValue ?? ""
            }
            if dialect.hasVocabulary("applicator") {
                s.prefixItems = array("prefixItems")
                s.items2020 = property("items")
            }
        }

        // MARK: - helpers

        private func pointer(_ tokens: String...) -> String {
            schema.pointer + tokens.map { "/" + SchemaURL.escapeToken($0) }.joined()
        }

        private func format(_ keyword: String) -> String {
            SchemaURL.location(schema.url, schema.pointer) + "/" + SchemaURL.encodeFragment(SchemaURL.escapeToken(keyword))
        }

        private func quote(_ s: String) -> String { GoFormat.quote(s) }

        private func property(_ keyword: String) -> CompiledSchema? {
            guard object[keyword] != nil else { return nil }
            return compiler.enqueue(url: schema.url, pointer: pointer(keyword))
        }

        private func array(_ keyword: String) -> [CompiledSchema] {
            guard case .array(let list)? = object[keyword] else { return [] }
            return list.indices.map { compiler.enqueue(url: schema.url, pointer: pointer(keyword, String($0))) }
        }

        private func map(_ keyword: String) -> [(name: String, schema: CompiledSchema)] {
            guard case .object(let entries)? = object[keyword] else { return [] }
            return SchemaJSON.sortedKeys(entries).map { ($0, compiler.enqueue(url: schema.url, pointer: pointer(keyword, $0))) }
        }

        private func additional(_ keyword: String) -> CompiledSchema.Additional? {
            if let b = object[keyword]?.boolValue { return .bool(b) }
            return property(keyword).map(CompiledSchema.Additional.schema)
        }

        private func number(_ keyword: String) -> SchemaJSON? {
            if case .number? = object[keyword] { return object[keyword] }
            return nil
        }

        private func integer(_ keyword: String) -> Int? {
            guard let n = object[keyword], n.isInteger, let d = n.numberValue, abs(d) < 9.2e18 else { return nil }
            return Int(d)
        }

        /// `newTypes`: the type names of a string or an array of strings.
        private static func types(_ value: SchemaJSON) -> [String] {
            let names: [String]
            switch value {
            case .string(let s): names = [s]
            case .array(let list): names = list.compactMap(\.stringValue)
            default: names = []
            }
            return ["null", "boolean", "number", "integer", "string", "array", "object"].filter(names.contains)
        }

        /// Resolves a reference keyword: inside this document, or in another one loaded for it.
        private func reference(_ keyword: String) throws -> CompiledSchema? {
            guard let ref = object[keyword]?.stringValue else { return nil }
            let (url, fragment) = try SchemaURL.join(base: resource.id, ref: ref)
            if let local = try root.resolve(url: url, fragment: fragment) {
                return compiler.enqueue(url: root.url, pointer: local)
            }
            let other = try compiler.roots.root(url)
            guard let otherResource = other.rootResource else { return nil }
            return compiler.enqueue(url: url, pointer: try other.resolve(fragment: fragment, in: otherResource))
        }
    }
}
