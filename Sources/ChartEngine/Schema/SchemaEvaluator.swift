import GoTemplate

/// Validates an instance against a compiled schema as jsonschema v6's validator.go does: the same
/// keyword order, the same early returns (a type, const, enum or format failure ends a schema; a
/// `$ref` before 2019-09 hides its siblings), the same tracking of evaluated properties and items
/// for `unevaluated*`, dynamic scopes for `$dynamicRef`/`$recursiveRef`, and the same error tree.
/// Where Go iterates a map (object keys, `dependencies`, unevaluated leftovers) keys are sorted:
/// Helm's own order there changes from run to run.
struct SchemaEvaluator {
    /// The dynamic scope: each schema entered, the reference keyword that led to it, and which
    /// instance value it applies to (`vid` counts value depth, as jsonschema's does).
    final class Scope {
        let schema: CompiledSchema
        let refKeyword: String
        let vid: Int
        let parent: Scope?

        init(schema: CompiledSchema, refKeyword: String, vid: Int, parent: Scope?) {
            self.schema = schema
            self.refKeyword = refKeyword
            self.vid = vid
            self.parent = parent
        }

        /// An enclosing scope applying the same schema to the same value.
        func cycle() -> Scope? {
            var scope = parent
            while let s = scope, s.vid == vid {
                if s.schema === schema { return s }
                scope = s.parent
            }
            return nil
        }

        /// The keyword path that led here.
        var keywordLocation: String {
            var location = ""
            var scope = self
            while let parent = scope.parent {
                if !scope.refKeyword.isEmpty {
                    location = "/" + SchemaURL.escapeToken(scope.refKeyword) + location
                } else {
                    let current = scope.schema.location
                    let prefix = parent.schema.location
                    if current.hasPrefix(prefix) { location = String(current.dropFirst(prefix.count)) + location }
                }
                scope = parent
            }
            return location
        }
    }

    /// Properties and items no keyword has evaluated yet.
    struct Unevaluated {
        var properties: Set<String> = []
        var items: Set<Int> = []

        var isEmpty: Bool { properties.isEmpty && items.isEmpty }

        init() {}

        init(_ value: SchemaJSON, _ schema: CompiledSchema, callerNeeds: Bool) {
            switch value {
            case .object(let object):
                if !schema.allPropertiesEvaluated && (callerNeeds || schema.unevaluatedProperties != nil) {
                    properties = Set(object.keys)
                }
            case .array(let array):
                if !schema.allItemsEvaluated && (callerNeeds || schema.unevaluatedItems != nil)
                    && schema.itemsEvaluatedCount < array.count {
                    items = Set(schema.itemsEvaluatedCount..<array.count)
                }
            default:
                break
            }
        }

        mutating func merge(_ other: Unevaluated) {
            properties.formIntersection(other.properties)
            items.formIntersection(other.items)
        }
    }

    /// One schema applied to one value.
    private struct Context {
        let value: SchemaJSON
        let location: [String]
        var schema: CompiledSchema
        let scope: Scope
        var unevaluated: Unevaluated
        var errors: [SchemaFailure] = []
        /// Only validity matters (inside `not`, `if`, a `oneOf` after a match).
        let boolResult: Bool
        /// When validating a schema against a metaschema: the metaschema in effect here.
        var meta: CompiledSchema?
    }

    /// Validating a schema document: its resources' drafts by location, and each draft's metaschema.
    /// A resource written in another draft is checked against that draft's metaschema.
    var metaResources: [String: Int] = [:]
    var metaschemas: [Int: CompiledSchema] = [:]

    /// Validation past this nesting (of values and schemas together) stops: Go would run out of stack.
    private static let maxDepth = 2000
    private var depth = 0
    private(set) var tooDeep = false

    /// `Schema.Validate`: the failures under the root, or none.
    mutating func validate(_ value: SchemaJSON, against schema: CompiledSchema) -> [SchemaFailure] {
        var context = Context(value: value, location: [], schema: schema,
                              scope: Scope(schema: schema, refKeyword: "", vid: 0, parent: nil),
                              unevaluated: Unevaluated(value, schema, callerNeeds: false), boolResult: false,
                              meta: metaResources.isEmpty ? nil : schema)
        guard let failure = run(&context) else { return [] }
        return failure.kind == .group ? failure.causes : [failure]
    }

    private mutating func run(_ c: inout Context) -> SchemaFailure? {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maxDepth else {
            tooDeep = true
            return failure(c, "validation nests too deeply")
        }
        let s = c.schema
        if let b = s.boolValue {
            return b ? nil : failure(c, "false schema")
        }
        if let other = c.scope.cycle() {
            return failure(c, "both \(c.scope.keywordLocation) and \(other.keywordLocation) resolve to "
                           + "\(GoFormat.quote(s.location)) causing reference cycle")
        }
        let type = c.value.typeName
        if let types = s.types, !types.isEmpty {
            let matched = types.contains(type) || (types.contains("integer") && type == "number" && c.value.isInteger)
            if !matched {
                return failure(c, "got \(type), want \(types.joined(separator: " or "))")
            }
        }
        if let constant = s.constValue, !SchemaJSON.equal(c.value, constant) {
            switch constant {
            case .array, .object: return failure(c, "'const' failed")
            default: return failure(c, "value must be \(SchemaFailure.display(constant))")
            }
        }
        if let options = s.enumValues {
            if !options.contains(where: { SchemaJSON.equal(c.value, $0) }) { return failure(c, Self.enumMessage(options)) }
        }
        if let format = s.format, let reason = format.check(c.value) {
            return failure(c, "\(SchemaFailure.display(c.value)) is not valid \(format.name): \(reason)")
        }
        if let ref = s.ref {
            let error = validateReference(ref, keyword: "$ref", &c)
            if s.draftVersion < 2019 { return error }
            if let error { c.errors.append(error) }
        }
        switch c.value {
        case .object(let object): validateObject(object, &c)
        case .array(let array): validateArray(array, &c)
        case .string(let string): validateString(string, &c)
        case .number: validateNumber(&c)
        default: break
        }
        if c.errors.isEmpty || !c.boolResult {
            if s.draftVersion >= 2019 { validateDynamicReferences(&c) }
            validateConditions(&c)
            if s.draftVersion >= 2019 { validateUnevaluated(&c) }
        }
        switch c.errors.count {
        case 0: return nil
        case 1: return c.errors[0]
        default:
            var group = failure(c, "validation failed")
            group.kind = .group
            group.causes = c.errors
            return group
        }
    }

    private func failure(_ c: Context, _ message: String) -> SchemaFailure {
        SchemaFailure(location: c.location, message: message)
    }

    private static func enumMessage(_ options: [SchemaJSON]) -> String {
        let primitive = options.allSatisfy { option in
            switch option {
            case .array, .object: return false
            default: return true
            }
        }
        guard primitive else { return "'enum' failed" }
        if options.count == 1 { return "value must be \(SchemaFailure.display(options[0]))" }
        return "value must be one of \(options.map(SchemaFailure.display).joined(separator: ", "))"
    }

    private static func joinQuoted(_ names: [String]) -> String {
        names.map(SchemaFailure.quote).joined(separator: ", ")
    }

    private static func int(_ n: Int) -> String { SchemaNumberText.integer(n) }

    // MARK: - objects

    private mutating func validateObject(_ object: [String: SchemaJSON], _ c: inout Context) {
        let s = c.schema
        if let min = s.minProperties, object.count < min {
            c.errors.append(failure(c, "minProperties: got \(Self.int(object.count)), want \(Self.int(min))"))
        }
        if let max = s.maxProperties, object.count > max {
            c.errors.append(failure(c, "maxProperties: got \(Self.int(object.count)), want \(Self.int(max))"))
        }
        if !s.required.isEmpty {
            let missing = s.required.filter { object[$0] == nil }
            if missing.count == 1 {
                c.errors.append(failure(c, "missing property \(SchemaFailure.quote(missing[0]))"))
            } else if missing.count > 1 {
                c.errors.append(failure(c, "missing properties \(Self.joinQuoted(missing))"))
            }
        }
        if c.boolResult && !c.errors.isEmpty { return }
        for (name, dependency) in s.dependencies where object[name] != nil {
            switch dependency {
            case .required(let needed):
                let missing = needed.filter { object[$0] == nil }
                if !missing.isEmpty {
                    c.errors.append(failure(c, "properties \(Self.joinQuoted(missing)) required, if \(SchemaFailure.quote(name)) exists"))
                }
            case .schema(let schema):
                if let error = validateSelf(schema, refKeyword: "", boolResult: false, &c) { c.errors.append(error) }
            }
        }
        var additional: [String] = []
        for name in SchemaJSON.sortedKeys(object) {
            if c.boolResult && !c.errors.isEmpty { return }
            guard let value = object[name] else { continue }
            var evaluated = false
            if let schema = s.propertySchemas[name] {
                evaluated = true
                if let error = validateValue(schema, value, token: name, &c) { c.errors.append(error) }
            }
            for (pattern, schema) in s.patternProperties where SchemaPatterns.matches(pattern, name) {
                evaluated = true
                if let error = validateValue(schema, value, token: name, &c) { c.errors.append(error) }
            }
            if !evaluated, let extra = s.additionalProperties {
                evaluated = true
                switch extra {
                case .bool(let allowed):
                    if !allowed { additional.append(name) }
                case .schema(let schema):
                    if let error = validateValue(schema, value, token: name, &c) { c.errors.append(error) }
                }
            }
            if evaluated { c.unevaluated.properties.remove(name) }
        }
        if !additional.isEmpty {
            c.errors.append(failure(c, "additional properties \(Self.joinQuoted(additional)) not allowed"))
        }
        if s.draftVersion == 4 { return }
        if let names = s.propertyNames {
            for name in SchemaJSON.sortedKeys(object) {
                // Each name is validated on its own, as a new root value.
                var evaluator = SchemaEvaluator()
                evaluator.depth = depth
                let causes = evaluator.validate(.string(name), against: names)
                if evaluator.tooDeep { tooDeep = true }
                if !causes.isEmpty {
                    // jsonschema v6.0.2 reports these at the root location, wherever the object is.
                    var error = SchemaFailure(location: [], message: "invalid propertyName \(SchemaFailure.quote(name))")
                    error.causes = causes
                    c.errors.append(error)
                }
            }
        }
        if s.draftVersion == 6 { return }
        for (name, schema) in s.dependentSchemas where object[name] != nil {
            if let error = validateSelf(schema, refKeyword: "", boolResult: false, &c) { c.errors.append(error) }
        }
        for (name, needed) in s.dependentRequired where object[name] != nil {
            let missing = needed.filter { object[$0] == nil }
            if !missing.isEmpty {
                c.errors.append(failure(c, "properties \(Self.joinQuoted(missing)) required, if \(SchemaFailure.quote(name)) exists"))
            }
        }
    }

    // MARK: - arrays

    private mutating func validateArray(_ array: [SchemaJSON], _ c: inout Context) {
        let s = c.schema
        if let min = s.minItems, array.count < min {
            c.errors.append(failure(c, "minItems: got \(Self.int(array.count)), want \(Self.int(min))"))
        }
        if let max = s.maxItems, array.count > max {
            c.errors.append(failure(c, "maxItems: got \(Self.int(array.count)), want \(Self.int(max))"))
        }
        if s.uniqueItems && array.count > 1 {
            duplicates: for i in 1..<array.count {
                for j in 0..<i where SchemaJSON.equal(array[i], array[j]) {
                    c.errors.append(failure(c, "items at \(Self.int(j)) and \(Self.int(i)) are equal"))
                    break duplicates
                }
            }
        }
        if s.draftVersion < 2020 {
            var evaluated = 0
            if let items = s.itemsSchema {
                for (i, item) in array.enumerated() {
                    if let error = validateValue(items, item, token: String(i), &c) { c.errors.append(error) }
                }
                evaluated = array.count
            } else if let items = s.itemsArray {
                let count = min(array.count, items.count)
                for i in 0..<count {
                    if let error = validateValue(items[i], array[i], token: String(i), &c) { c.errors.append(error) }
                }
                evaluated = count
            }
            switch s.additionalItems {
            case .bool(false)?:
                if evaluated != array.count {
                    c.errors.append(failure(c, "last \(Self.int(array.count - evaluated)) additionalItem(s) not allowed"))
                }
            case .schema(let extra)?:
                // jsonschema v6.0.2 numbers these items from 0 after the tuple, not by their index.
                for i in evaluated..<array.count {
                    if let error = validateValue(extra, array[i], token: String(i - evaluated), &c) { c.errors.append(error) }
                }
            default:
                break
            }
        } else {
            let evaluated = min(s.prefixItems.count, array.count)
            for i in 0..<evaluated {
                if let error = validateValue(s.prefixItems[i], array[i], token: String(i), &c) { c.errors.append(error) }
            }
            if let items = s.items2020 {
                // As for additionalItems: locations count from 0 after `prefixItems`.
                for i in evaluated..<array.count {
                    if let error = validateValue(items, array[i], token: String(i - evaluated), &c) { c.errors.append(error) }
                }
            }
        }
        if let contains = s.contains {
            var errors: [SchemaFailure] = []
            var matched: [Int] = []
            for (i, item) in array.enumerated() {
                if let error = validateValue(contains, item, token: String(i), &c) {
                    errors.append(error)
                } else {
                    matched.append(i)
                    if s.draftVersion >= 2020 { c.unevaluated.items.remove(i) }
                }
            }
            let indexes = matched.map(String.init).joined(separator: " ")
            if let min = s.minContains {
                if matched.count < min {
                    let message = matched.isEmpty
                        ? "min \(Self.int(min)) items required to match contains schema, but none matched"
                        : "min \(Self.int(min)) items required to match contains schema, but matched \(Self.int(matched.count)) items at \(indexes)"
                    var error = failure(c, message)
                    error.causes = errors
                    c.errors.append(error)
                }
            } else if matched.isEmpty {
                var error = failure(c, "no items match contains schema")
                error.causes = errors
                c.errors.append(error)
            }
            if let max = s.maxContains, matched.count > max {
                c.errors.append(failure(c, "max \(Self.int(max)) items required to match contains schema, but matched \(Self.int(matched.count)) items at \(indexes)"))
            }
        }
    }

    // MARK: - strings and numbers

    private func validateString(_ string: String, _ c: inout Context) {
        let s = c.schema
        if s.minLength != nil || s.maxLength != nil {
            let length = string.unicodeScalars.count
            if let min = s.minLength, length < min {
                c.errors.append(failure(c, "minLength: got \(Self.int(length)), want \(Self.int(min))"))
            }
            if let max = s.maxLength, length > max {
                c.errors.append(failure(c, "maxLength: got \(Self.int(length)), want \(Self.int(max))"))
            }
        }
        if let pattern = s.pattern, !SchemaPatterns.matches(pattern, string) {
            c.errors.append(failure(c, "\(SchemaFailure.quote(string)) does not match pattern \(SchemaFailure.quote(pattern))"))
        }
    }

    private func validateNumber(_ c: inout Context) {
        let s = c.schema
        guard let n = c.value.numberValue else { return }
        func fail(_ keyword: String, _ limit: SchemaJSON) {
            let want = limit.numberValue ?? 0
            c.errors.append(failure(c, "\(keyword): got \(SchemaNumberText.float(n)), want \(SchemaNumberText.float(want))"))
        }
        // Exact comparisons of the decimal texts, as `big.Rat` compares them.
        let valueText = c.value.decimalText ?? ""
        func compared(_ limit: SchemaJSON) -> Int { SchemaNumberText.compare(valueText, limit.decimalText ?? "0") }
        if let limit = s.minimum, compared(limit) < 0 { fail("minimum", limit) }
        if let limit = s.maximum, compared(limit) > 0 { fail("maximum", limit) }
        if let limit = s.exclusiveMinimum, compared(limit) <= 0 { fail("exclusiveMinimum", limit) }
        if let limit = s.exclusiveMaximum, compared(limit) >= 0 { fail("exclusiveMaximum", limit) }
        if let divisor = s.multipleOf, let divisorText = divisor.decimalText,
           !SchemaNumberText.isMultiple(valueText, of: divisorText) {
            fail("multipleOf", divisor)
        }
    }

    // MARK: - applicators

    private mutating func validateConditions(_ c: inout Context) {
        let s = c.schema
        if let not = s.not, validateSelf(not, refKeyword: "", boolResult: true, &c) == nil {
            c.errors.append(failure(c, "'not' failed"))
        }
        if !s.allOf.isEmpty {
            var errors: [SchemaFailure] = []
            for schema in s.allOf {
                if let error = validateSelf(schema, refKeyword: "", boolResult: false, &c) {
                    errors.append(error)
                    if c.boolResult { break }
                }
            }
            if !errors.isEmpty {
                var error = failure(c, "'allOf' failed")
                error.causes = errors
                c.errors.append(error)
            }
        }
        if !s.anyOf.isEmpty {
            var matched = false
            var errors: [SchemaFailure] = []
            for schema in s.anyOf {
                if let error = validateSelf(schema, refKeyword: "", boolResult: false, &c) {
                    errors.append(error)
                } else {
                    matched = true
                    // Later subschemas still count for unevaluated*.
                    if c.unevaluated.isEmpty { break }
                }
            }
            if !matched {
                var error = failure(c, "'anyOf' failed")
                error.causes = errors
                c.errors.append(error)
            }
        }
        if !s.oneOf.isEmpty {
            var matched = -1
            var errors: [SchemaFailure] = []
            for (i, schema) in s.oneOf.enumerated() {
                if let error = validateSelf(schema, refKeyword: "", boolResult: matched != -1, &c) {
                    if matched == -1 { errors.append(error) }
                } else if matched == -1 {
                    matched = i
                } else {
                    c.errors.append(failure(c, "'oneOf' failed, subschemas \(Self.int(matched)), \(Self.int(i)) matched"))
                    break
                }
            }
            if matched == -1 {
                var error = failure(c, "'oneOf' failed, none matched")
                error.causes = errors
                c.errors.append(error)
            }
        }
        if let condition = s.ifSchema {
            if validateSelf(condition, refKeyword: "", boolResult: true, &c) == nil {
                if let then = s.thenSchema, let error = validateSelf(then, refKeyword: "", boolResult: false, &c) {
                    c.errors.append(error)
                }
            } else if let otherwise = s.elseSchema,
                      let error = validateSelf(otherwise, refKeyword: "", boolResult: false, &c) {
                c.errors.append(error)
            }
        }
    }

    private mutating func validateUnevaluated(_ c: inout Context) {
        let s = c.schema
        if case .object(let object) = c.value, let schema = s.unevaluatedProperties {
            for name in c.unevaluated.properties.sorted(by: goStringLess) {
                guard let value = object[name] else { continue }
                if let error = validateValue(schema, value, token: name, &c) { c.errors.append(error) }
            }
            c.unevaluated.properties = []
        }
        if case .array(let array) = c.value, let schema = s.unevaluatedItems {
            for i in c.unevaluated.items.sorted() where i < array.count {
                if let error = validateValue(schema, array[i], token: String(i), &c) { c.errors.append(error) }
            }
            c.unevaluated.items = []
        }
    }

    // MARK: - references

    private mutating func validateDynamicReferences(_ c: inout Context) {
        let s = c.schema
        if var target = s.recursiveRef {
            if target.recursiveAnchor {
                var scope: Scope? = c.scope
                while let current = scope {
                    if current.schema.isRecursiveAnchorResource { target = current.schema }
                    scope = current.parent
                }
            }
            if let error = validateReference(target, keyword: "$recursiveRef", &c) { c.errors.append(error) }
        }
        if let (initial, anchor) = s.dynamicRef {
            var target = initial
            if !anchor.isEmpty && initial.dynamicAnchor == anchor {
                var scope: Scope? = c.scope
                while let current = scope {
                    if let dynamic = current.schema.resource?.dynamicAnchorSchemas[anchor] { target = dynamic }
                    scope = current.parent
                }
            }
            if let error = validateReference(target, keyword: "$dynamicRef", &c) { c.errors.append(error) }
        }
    }

    private mutating func validateReference(_ schema: CompiledSchema, keyword: String, _ c: inout Context) -> SchemaFailure? {
        guard let error = validateSelf(schema, refKeyword: keyword, boolResult: false, &c) else { return nil }
        var reference = failure(c, "validation failed")
        reference.kind = .reference
        reference.causes = error.kind == .group ? error.causes : [error]
        return reference
    }

    /// Another schema applied to the same value; what it evaluates counts for this one.
    private mutating func validateSelf(_ schema: CompiledSchema, refKeyword: String, boolResult: Bool,
                                       _ c: inout Context) -> SchemaFailure? {
        var sub = Context(value: c.value, location: c.location, schema: schema,
                          scope: Scope(schema: schema, refKeyword: refKeyword, vid: c.scope.vid, parent: c.scope),
                          unevaluated: Unevaluated(c.value, schema, callerNeeds: !c.unevaluated.isEmpty),
                          boolResult: c.boolResult || boolResult, meta: c.meta)
        switchMetaschema(&sub)
        let error = run(&sub)
        if error == nil { c.unevaluated.merge(sub.unevaluated) }
        return error
    }

    /// jsonschema's `handleMeta`: where the metaschema is applied to a resource of another draft,
    /// that draft's metaschema applies instead.
    private func switchMetaschema(_ c: inout Context) {
        guard let meta = c.meta, c.schema === meta else { return }
        let pointer = c.location.map { "/" + SchemaURL.escapeToken($0) }.joined()
        guard let version = metaResources[pointer], let other = metaschemas[version] else { return }
        c.schema = other
        c.meta = other
    }

    /// A schema applied to a property or item.
    private mutating func validateValue(_ schema: CompiledSchema, _ value: SchemaJSON, token: String,
                                        _ c: inout Context) -> SchemaFailure? {
        var sub = Context(value: value, location: c.location + [token], schema: schema,
                          scope: Scope(schema: schema, refKeyword: "", vid: c.scope.vid + 1, parent: c.scope),
                          unevaluated: Unevaluated(value, schema, callerNeeds: false), boolResult: c.boolResult,
                          meta: c.meta)
        switchMetaschema(&sub)
        return run(&sub)
    }
}
