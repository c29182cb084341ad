import Foundation
import GoTemplate

/// Evaluates the JSON-schema keywords charts use (draft-07 and 2020-12): type, enum, const, required,
/// properties, patternProperties, additionalProperties, items/prefixItems, min/max (and exclusive),
/// length and size limits, pattern, multipleOf, uniqueItems, $ref (local JSON pointers), allOf, anyOf,
/// oneOf, not, if/then/else, dependentRequired. `format`, `$dynamicRef`, unevaluated* and remote refs
/// are not checked.
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

    mutating func validate(_ value: Value, against schema: Value, location: String) throws -> [SchemaError] {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw ChartError("values.schema.json: $ref recursion is too deep") }
        switch schema {
        case .bool(let allowed):
            return allowed ? [] : [SchemaError(location: location, message: "false schema")]
        case .map(let s):
            return try validateObjectSchema(value, s, location: location)
        default:
            return []
        }
    }

    private mutating func validateObjectSchema(_ value: Value, _ s: GoMap, location: String) throws -> [SchemaError] {
        var errors: [SchemaError] = []
        if case .string(let ref)? = s["$ref"] {
            guard let target = resolve(ref) else {
                throw ChartError("values.schema.json: cannot resolve $ref \(ref)")
            }
            let causes = try validate(value, against: target, location: location)
            // jsonschema v6 reports a single failure under a $ref directly, several as a group.
            if causes.count == 1 {
                errors += causes
            } else if !causes.isEmpty {
                errors.append(SchemaError(location: location, message: "validation failed", causes: causes))
            }
            if isDraft7OrEarlier { return errors }
        }
        if let typeSpec = s["type"], let error = checkType(value, typeSpec, location) { errors.append(error) }
        if case .list(let options)? = s["enum"], !options.elements.contains(where: { jsonEqual($0, value) }) {
            let listed = options.elements.map(Self.quoted).joined(separator: ", ")
            errors.append(SchemaError(location: location, message: "value must be one of \(listed)"))
        }
        if let constant = s["const"], !jsonEqual(constant, value) {
            errors.append(SchemaError(location: location, message: "value must be \(Self.quoted(constant))"))
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
        case .string, .rawString: return "string"
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
                                          message: "\(Self.formatNumber(n)) not multipleOf \(Self.formatNumber(divisor))"))
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
        var prefixCount = 0
        var tupleSchemas: [Value] = []
        if case .list(let prefix)? = s["prefixItems"] { tupleSchemas = prefix.elements }
        if case .list(let tuple)? = s["items"] { tupleSchemas = tuple.elements }
        for (i, schema) in tupleSchemas.enumerated() where i < items.count {
            errors += try validate(items[i], against: schema, location: location + "/\(i)")
            prefixCount = i + 1
        }
        prefixCount = max(prefixCount, min(tupleSchemas.count, items.count))
        var rest: Value?
        if let itemSchema = s["items"], itemSchema.listValue == nil { rest = itemSchema }
        if case .list? = s["items"], let additional = s["additionalItems"] { rest = additional }
        if let rest {
            for i in prefixCount..<max(prefixCount, items.count) {
                errors += try validate(items[i], against: rest, location: location + "/\(i)")
            }
        }
        if let contains = s["contains"] {
            var found = false
            for item in items where try validate(item, against: contains, location: location).isEmpty {
                found = true
                break
            }
            if !found {
                errors.append(SchemaError(location: location, message: "no items match contains schema"))
            }
        }
        return errors
    }

    // MARK: - objects

    private mutating func checkObject(_ object: GoMap, _ s: GoMap, _ location: String) throws -> [SchemaError] {
        var errors: [SchemaError] = []
        if case .list(let required)? = s["required"] {
            let missing = required.elements.compactMap(\.stringValue).filter { object[$0] == nil }
            if missing.count == 1 {
                errors.append(SchemaError(location: location, message: "missing property '\(missing[0])'"))
            } else if missing.count > 1 {
                let listed = missing.map { "'\($0)'" }.joined(separator: ", ")
                errors.append(SchemaError(location: location, message: "missing properties \(listed)"))
            }
        }
        if let limit = s["minProperties"].flatMap(Self.number), Double(object.count) < limit {
            errors.append(SchemaError(location: location, message: "minProperties: got \(object.count), want \(Self.formatNumber(limit))"))
        }
        if let limit = s["maxProperties"].flatMap(Self.number), Double(object.count) > limit {
            errors.append(SchemaError(location: location, message: "maxProperties: got \(object.count), want \(Self.formatNumber(limit))"))
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
            if let names = s["propertyNames"] {
                errors += try validate(.string(key), against: names, location: childLocation)
            }
        }
        if !additional.isEmpty {
            let listed = additional.map { "'\($0)'" }.joined(separator: ", ")
            errors.append(SchemaError(location: location, message: "additional properties \(listed) not allowed"))
        }
        if case .map(let dependent)? = s["dependentRequired"] {
            for key in dependent.sortedKeys where object[key] != nil {
                let needed = dependent[key]?.listValue?.elements.compactMap(\.stringValue) ?? []
                let missing = needed.filter { object[$0] == nil }
                if !missing.isEmpty {
                    let listed = missing.map { "'\($0)'" }.joined(separator: ", ")
                    errors.append(SchemaError(location: location,
                                              message: "properties \(listed) required, if '\(key)' exists"))
                }
            }
        }
        return errors
    }

    // MARK: - combinators

    private mutating func checkCombinators(_ value: Value, _ s: GoMap, _ location: String) throws -> [SchemaError] {
        var errors: [SchemaError] = []
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
        if let not = s["not"], try validate(value, against: not, location: location).isEmpty {
            errors.append(SchemaError(location: location, message: "'not' failed"))
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
        case .null, .invalid: return "null"
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
