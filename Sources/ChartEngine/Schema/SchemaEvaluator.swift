import Foundation
import GoTemplate

/// Evaluates the JSON-schema keywords charts use (draft-07 and 2020-12): type, enum, const, required,
/// properties, patternProperties, additionalProperties, propertyNames, dependencies, items/prefixItems/
/// additionalItems, contains (min/maxContains), min/max (and exclusive), length and size limits, pattern,
/// multipleOf, uniqueItems, $ref (local JSON pointers), allOf, anyOf, oneOf, not, if/then/else,
/// dependentSchemas, dependentRequired — reporting failures as the jsonschema v6 that Helm 4.1 vendors
/// does. `format`, `$dynamicRef`, unevaluated* and remote refs are not checked.
struct SchemaEvaluator {
    let root: Value
    private var depth = 0

    init(root: Value) {
        self.root = root
    }

    private var isDraft7OrEarlier: Bool {
        guard case .map(let m) = root, case .string(let uri)? = m["$schema"] else { return false }
        return uri.contains("draft-07") || uri.contains("draft-06") || uri.contains("draft-04")
    }

    /// Drafts before 2020-12 spell tuples as an `items` list plus `additionalItems`.
    private var isBefore2020: Bool {
        if isDraft7OrEarlier { return true }
        guard case .map(let m) = root, case .string(let uri)? = m["$schema"] else { return false }
        return uri.contains("2019-09")
    }

    /// The failures of `value` against the whole document, as jsonschema v6 lists them at the top: the
    /// failures of the root schema, not wrapped in a group.
    mutating func validateRoot(_ value: Value) throws -> [SchemaError] {
        try validateTopLevel(value, against: root)
    }

    private mutating func validateTopLevel(_ value: Value, against schema: Value) throws -> [SchemaError] {
        let result = try validate(value, against: schema, location: "")
        if result.count == 1, result[0].kind == .group { return result[0].causes }
        return result
    }

    /// The failures of `value` against one (sub)schema: none, or one node, several being grouped under a
    /// "validation failed" node as jsonschema v6 groups them.
    mutating func validate(_ value: Value, against schema: Value, location: String) throws -> [SchemaError] {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw ChartError("values.schema.json: $ref recursion is too deep") }
        switch schema {
        case .bool(let allowed):
            return allowed ? [] : [SchemaError(location: location, message: "false schema")]
        case .map(let s):
            let errors = try validateObjectSchema(value, s, location: location)
            guard errors.count > 1 else { return errors }
            return [SchemaError(location: location, message: "validation failed", causes: errors, kind: .group)]
        default:
            return []
        }
    }

    /// jsonschema v6's order: type, const and enum each end the check on failure; then `$ref` (all there
    /// is to a draft-07 schema that has one); then the keywords of the value's type; then not, allOf,
    /// anyOf, oneOf, if/then/else.
    private mutating func validateObjectSchema(_ value: Value, _ s: GoMap, location: String) throws -> [SchemaError] {
        var errors: [SchemaError] = []
        let ref = s["$ref"]?.stringValue
        if ref == nil || !isDraft7OrEarlier {
            if let typeSpec = s["type"], let error = checkType(value, typeSpec, location) { return [error] }
            if let constant = s["const"], !jsonEqual(constant, value) {
                let message = constant.isTable || constant.listValue != nil
                    ? "'const' failed" : "value must be \(Self.quoted(constant))"
                return [SchemaError(location: location, message: message)]
            }
            if case .list(let options)? = s["enum"], !options.elements.contains(where: { jsonEqual($0, value) }) {
                let message: String
                if options.elements.contains(where: { $0.isTable || $0.listValue != nil }) {
                    message = "'enum' failed"
                } else if options.count == 1 {
                    message = "value must be \(Self.quoted(options.elements[0]))"
                } else {
                    message = "value must be one of \(options.elements.map(Self.quoted).joined(separator: ", "))"
                }
                return [SchemaError(location: location, message: message)]
            }
        }
        if let ref {
            guard let target = resolve(ref) else {
                throw ChartError("values.schema.json: cannot resolve $ref \(ref)")
            }
            // A single failure under a $ref prints as it is; a group becomes the reference's causes.
            for failure in try validate(value, against: target, location: location) {
                if failure.kind == .group {
                    errors.append(SchemaError(location: location, message: failure.message, causes: failure.causes,
                                              kind: .reference))
                } else {
                    errors.append(failure)
                }
            }
            if isDraft7OrEarlier { return errors }
        }
        if let number = Self.number(value) {
            errors += checkNumber(number, s, location)
        }
        if case .string(let text) = value {
            errors += checkString(text, s, location)
        }
        if case .list(let list) = value {
            errors += try checkArray(list.elements, s, location)
        }
        if case .map(let object) = value {
            errors += try checkObject(object, s, location)
        }
        errors += try checkCombinators(value, s, location)
        return errors
    }

    // MARK: - type

    private static func jsonType(_ value: Value) -> String {
        switch value {
        case .null, .invalid: return "null"
        case .bool: return "boolean"
        case .int, .int64, .uint8: return "integer"
        case .float64(let d): return d.isFinite && d == d.rounded() ? "integer" : "number"
        case .string: return "string"
        case .list, .bytes: return "array"
        case .map, .object: return "object"
        }
    }

    private func checkType(_ value: Value, _ spec: Value, _ location: String) -> SchemaError? {
        let wanted: [String]
        switch spec {
        case .string(let t): wanted = [t]
        case .list(let l): wanted = l.elements.compactMap(\.stringValue)
        default: return nil
        }
        let actual = Self.jsonType(value)
        for t in wanted {
            if t == actual || (t == "number" && actual == "integer") { return nil }
        }
        // Every number is reported as "number", integral or not.
        let shown = actual == "integer" ? "number" : actual
        return SchemaError(location: location, message: "got \(shown), want \(wanted.joined(separator: " or "))")
    }

    // MARK: - numbers

    static func number(_ value: Value) -> Double? {
        switch value {
        case .int(let i): return Double(i)
        case .int64(let i): return Double(i)
        case .uint8(let i): return Double(i)
        case .float64(let d): return d
        default: return nil
        }
    }

    static func formatNumber(_ d: Double) -> String {
        if d.isFinite && d == d.rounded() && abs(d) < 1e21 { return String(Int64(d)) }
        return "\(d)"
    }

    private func checkNumber(_ n: Double, _ s: GoMap, _ location: String) -> [SchemaError] {
        var errors: [SchemaError] = []
        func fail(_ keyword: String, _ limit: Double) {
            errors.append(SchemaError(location: location,
                                      message: "\(keyword): got \(Self.formatNumber(n)), want \(Self.formatNumber(limit))"))
        }
        if let limit = s["minimum"].flatMap(Self.number) {
            if case .bool(true)? = s["exclusiveMinimum"] {
                if n <= limit { fail("exclusiveMinimum", limit) }
            } else if n < limit { fail("minimum", limit) }
        }
        if let limit = s["maximum"].flatMap(Self.number) {
            if case .bool(true)? = s["exclusiveMaximum"] {
                if n >= limit { fail("exclusiveMaximum", limit) }
            } else if n > limit { fail("maximum", limit) }
        }
        if let limit = s["exclusiveMinimum"].flatMap(Self.number), n <= limit { fail("exclusiveMinimum", limit) }
        if let limit = s["exclusiveMaximum"].flatMap(Self.number), n >= limit { fail("exclusiveMaximum", limit) }
        if let divisor = s["multipleOf"].flatMap(Self.number), divisor > 0 {
            let quotient = n / divisor
            if quotient != quotient.rounded() {
                errors.append(SchemaError(location: location,
                                          message: "multipleOf: got \(Self.formatNumber(n)), want \(Self.formatNumber(divisor))"))
            }
        }
        return errors
    }

    // MARK: - strings

    private func checkString(_ text: String, _ s: GoMap, _ location: String) -> [SchemaError] {
        var errors: [SchemaError] = []
        let length = text.unicodeScalars.count
        if let limit = s["minLength"].flatMap(Self.number), Double(length) < limit {
            errors.append(SchemaError(location: location, message: "minLength: got \(length), want \(Self.formatNumber(limit))"))
        }
        if let limit = s["maxLength"].flatMap(Self.number), Double(length) > limit {
            errors.append(SchemaError(location: location, message: "maxLength: got \(length), want \(Self.formatNumber(limit))"))
        }
        if case .string(let pattern)? = s["pattern"], !Self.matches(pattern, text) {
            errors.append(SchemaError(location: location,
                                      message: "\(Self.quoted(.string(text))) does not match pattern \(Self.quoted(.string(pattern)))"))
        }
        return errors
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        SchemaPatterns.matches(pattern, text)
    }

    // MARK: - arrays

    private mutating func checkArray(_ items: [Value], _ s: GoMap, _ location: String) throws -> [SchemaError] {
        var errors: [SchemaError] = []
        if let limit = s["minItems"].flatMap(Self.number), Double(items.count) < limit {
            errors.append(SchemaError(location: location, message: "minItems: got \(items.count), want \(Self.formatNumber(limit))"))
        }
        if let limit = s["maxItems"].flatMap(Self.number), Double(items.count) > limit {
            errors.append(SchemaError(location: location, message: "maxItems: got \(items.count), want \(Self.formatNumber(limit))"))
        }
        if case .bool(true)? = s["uniqueItems"] {
            outer: for i in items.indices {
                for j in items.indices where j > i && jsonEqual(items[i], items[j]) {
                    errors.append(SchemaError(location: location, message: "items at \(i) and \(j) are equal"))
                    break outer
                }
            }
        }
        let tuple: [Value]
        let rest: Value?
        if isBefore2020 {
            if case .list(let list)? = s["items"] {
                tuple = list.elements
                rest = s["additionalItems"]
            } else {
                tuple = []
                rest = s["items"]
            }
        } else {
            tuple = s["prefixItems"]?.listValue?.elements ?? []
            rest = s["items"]
        }
        let evaluated = min(tuple.count, items.count)
        for i in 0..<evaluated {
            errors += try validate(items[i], against: tuple[i], location: location + "/\(i)")
        }
        if isBefore2020, !tuple.isEmpty, case .bool(false)? = rest {
            if evaluated != items.count {
                errors.append(SchemaError(location: location,
                                          message: "last \(items.count - evaluated) additionalItem(s) not allowed"))
            }
        } else if let rest {
            // Helm's jsonschema names the items after a tuple by their index counted from the tuple's end.
            for i in evaluated..<items.count {
                errors += try validate(items[i], against: rest, location: location + "/\(i - evaluated)")
            }
        }
        if let contains = s["contains"] {
            errors += try checkContains(items, contains, s, location)
        }
        return errors
    }

    /// `contains`, with `minContains`/`maxContains` from draft 2019-09 on.
    private mutating func checkContains(_ items: [Value], _ contains: Value, _ s: GoMap,
                                        _ location: String) throws -> [SchemaError] {
        var causes: [SchemaError] = []
        var matched: [Int] = []
        for (i, item) in items.enumerated() {
            let result = try validate(item, against: contains, location: location + "/\(i)")
            if result.isEmpty { matched.append(i) } else { causes += result }
        }
        var errors: [SchemaError] = []
        let counted = !isDraft7OrEarlier
        let indexes = matched.map(String.init).joined(separator: " ")
        if counted, let minimum = s["minContains"].flatMap(Self.number) {
            if Double(matched.count) < minimum {
                let got = matched.isEmpty ? "none matched" : "matched \(matched.count) items at \(indexes)"
                errors.append(SchemaError(location: location,
                                          message: "min \(Self.formatNumber(minimum)) items required to match contains schema, but \(got)",
                                          causes: causes))
            }
        } else if matched.isEmpty {
            errors.append(SchemaError(location: location, message: "no items match contains schema", causes: causes))
        }
        if counted, let maximum = s["maxContains"].flatMap(Self.number), Double(matched.count) > maximum {
            errors.append(SchemaError(location: location,
                                      message: "max \(Self.formatNumber(maximum)) items required to match contains schema, but matched \(matched.count) items at \(indexes)"))
        }
        return errors
    }

    // MARK: - objects

    private mutating func checkObject(_ object: GoMap, _ s: GoMap, _ location: String) throws -> [SchemaError] {
        var errors: [SchemaError] = []
        if let limit = s["minProperties"].flatMap(Self.number), Double(object.count) < limit {
            errors.append(SchemaError(location: location, message: "minProperties: got \(object.count), want \(Self.formatNumber(limit))"))
        }
        if let limit = s["maxProperties"].flatMap(Self.number), Double(object.count) > limit {
            errors.append(SchemaError(location: location, message: "maxProperties: got \(object.count), want \(Self.formatNumber(limit))"))
        }
        if case .list(let required)? = s["required"] {
            let missing = required.elements.compactMap(\.stringValue).filter { object[$0] == nil }
            if missing.count == 1 {
                errors.append(SchemaError(location: location, message: "missing property '\(missing[0])'"))
            } else if missing.count > 1 {
                let listed = missing.map { "'\($0)'" }.joined(separator: ", ")
                errors.append(SchemaError(location: location, message: "missing properties \(listed)"))
            }
        }
        if case .map(let dependencies)? = s["dependencies"] {
            for key in dependencies.sortedKeys where object[key] != nil {
                guard let dependency = dependencies[key] else { continue }
                if case .list(let names) = dependency {
                    errors += Self.missingDependents(object, names, key, location)
                } else {
                    errors += try validate(.map(object), against: dependency, location: location)
                }
            }
        }
        let properties = s["properties"]?.mapValue
        let patterns = s["patternProperties"]?.mapValue
        var additional: [String] = []
        for key in object.sortedKeys {
            guard let value = object[key] else { continue }
            let childLocation = location + "/" + Self.escapePointer(key)
            var evaluated = false
            if let schema = properties?[key] {
                evaluated = true
                errors += try validate(value, against: schema, location: childLocation)
            }
            if let patterns {
                for pattern in patterns.sortedKeys where Self.matches(pattern, key) {
                    evaluated = true
                    if let schema = patterns[pattern] {
                        errors += try validate(value, against: schema, location: childLocation)
                    }
                }
            }
            if !evaluated, let extra = s["additionalProperties"] {
                if case .bool(false) = extra {
                    additional.append(key)
                } else {
                    errors += try validate(value, against: extra, location: childLocation)
                }
            }
        }
        if let names = s["propertyNames"] {
            // Helm's jsonschema checks each name as a document of its own, so the failure and its causes
            // are all reported at ''.
            for key in object.sortedKeys {
                let causes = try validateTopLevel(.string(key), against: names)
                if !causes.isEmpty {
                    errors.append(SchemaError(location: "", message: "invalid propertyName \(Self.quoted(.string(key)))",
                                              causes: causes))
                }
            }
        }
        if !additional.isEmpty {
            let listed = additional.map { "'\($0)'" }.joined(separator: ", ")
            errors.append(SchemaError(location: location, message: "additional properties \(listed) not allowed"))
        }
        guard !isDraft7OrEarlier else { return errors }
        if case .map(let dependent)? = s["dependentSchemas"] {
            for key in dependent.sortedKeys where object[key] != nil {
                if let schema = dependent[key] { errors += try validate(.map(object), against: schema, location: location) }
            }
        }
        if case .map(let dependent)? = s["dependentRequired"] {
            for key in dependent.sortedKeys where object[key] != nil {
                if case .list(let names)? = dependent[key] {
                    errors += Self.missingDependents(object, names, key, location)
                }
            }
        }
        return errors
    }

    /// `dependencies` / `dependentRequired`: the names `key` needs that `object` lacks.
    private static func missingDependents(_ object: GoMap, _ names: GoList, _ key: String,
                                          _ location: String) -> [SchemaError] {
        let missing = names.elements.compactMap(\.stringValue).filter { object[$0] == nil }
        guard !missing.isEmpty else { return [] }
        let listed = missing.map { "'\($0)'" }.joined(separator: ", ")
        return [SchemaError(location: location, message: "properties \(listed) required, if '\(key)' exists")]
    }

    // MARK: - combinators

    private mutating func checkCombinators(_ value: Value, _ s: GoMap, _ location: String) throws -> [SchemaError] {
        var errors: [SchemaError] = []
        if let not = s["not"], try validate(value, against: not, location: location).isEmpty {
            errors.append(SchemaError(location: location, message: "'not' failed"))
        }
        if case .list(let all)? = s["allOf"] {
            var causes: [SchemaError] = []
            for schema in all.elements { causes += try validate(value, against: schema, location: location) }
            if !causes.isEmpty { errors.append(SchemaError(location: location, message: "'allOf' failed", causes: causes)) }
        }
        if case .list(let any)? = s["anyOf"] {
            var causes: [SchemaError] = []
            var matched = false
            for schema in any.elements {
                let result = try validate(value, against: schema, location: location)
                if result.isEmpty { matched = true; break }
                causes += result
            }
            if !matched { errors.append(SchemaError(location: location, message: "'anyOf' failed", causes: causes)) }
        }
        if case .list(let one)? = s["oneOf"] {
            var causes: [SchemaError] = []
            var matches: [Int] = []
            for (i, schema) in one.elements.enumerated() {
                let result = try validate(value, against: schema, location: location)
                if result.isEmpty { matches.append(i) } else { causes += result }
            }
            if matches.isEmpty {
                errors.append(SchemaError(location: location, message: "'oneOf' failed, none matched", causes: causes))
            } else if matches.count > 1 {
                errors.append(SchemaError(location: location,
                                          message: "'oneOf' failed, subschemas \(matches[0]), \(matches[1]) matched"))
            }
        }
        if let condition = s["if"] {
            if try validate(value, against: condition, location: location).isEmpty {
                if let then = s["then"] { errors += try validate(value, against: then, location: location) }
            } else if let otherwise = s["else"] {
                errors += try validate(value, against: otherwise, location: location)
            }
        }
        return errors
    }

    // MARK: - helpers

    /// Resolves a local `$ref` (`#`, `#/definitions/x`, `#/$defs/x`).
    private func resolve(_ ref: String) -> Value? {
        guard ref.hasPrefix("#") else { return nil }
        var current = root
        let pointer = ref.dropFirst()
        if pointer.isEmpty { return root }
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            var token = String(raw)
            if token.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "~") }) {
                token = (token.removingPercentEncoding ?? token)
                    .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            }
            switch current {
            case .map(let m):
                guard let next = m[token] else { return nil }
                current = next
            case .list(let l):
                guard let i = Int(token), i >= 0, i < l.count else { return nil }
                current = l.elements[i]
            default:
                return nil
            }
        }
        return current
    }

    /// A JSON pointer token: `~` as `~0`, `/` as `~1`. Runs for every checked property, so the
    /// common key without either is returned as it is.
    static func escapePointer(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        var escaped = ""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// How jsonschema quotes a value in messages: strings in single quotes, the rest as JSON.
    static func quoted(_ value: Value) -> String {
        switch value {
        case .string(let s): return "'\(s)'"
        case .null, .invalid: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        default:
            if let n = number(value) { return formatNumber(n) }
            return GoFormat.printValue(value)
        }
    }

    /// JSON equality: numbers by value regardless of Go type.
    private func jsonEqual(_ a: Value, _ b: Value) -> Bool {
        if let x = Self.number(a), let y = Self.number(b) { return x == y }
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null), (.invalid, .invalid), (.null, .invalid), (.invalid, .null): return true
        case (.list(let x), .list(let y)):
            return x.count == y.count && zip(x.elements, y.elements).allSatisfy { jsonEqual($0, $1) }
        case (.map(let x), .map(let y)):
            return x.count == y.count && x.entries.allSatisfy { key, value in
                y[key].map { jsonEqual(value, $0) } ?? false
            }
        default: return false
        }
    }
}
