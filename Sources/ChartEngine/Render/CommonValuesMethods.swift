import GoTemplate
import HelmYAML

/// Methods of Helm's `common.Values` that templates can call on `.Values` (and on `.` itself):
/// AsMap, YAML, Table and PathValue.
enum CommonValuesMethods {
    static let typeName = "common.Values"

    /// Gives `map` Helm's `common.Values` type and methods.
    static func adopt(_ map: GoMap) {
        map.typeName = typeName
        map.methods = table
    }

    static func make(_ entries: [String: Value]) -> GoMap {
        GoMap(entries, typeName: typeName, methods: table)
    }

    static let table: GoMethodTable = [
        "AsMap": { values in
            GoFunction([]) { _, _ in .map(GoMap(values.entries)) }
        },
        "YAML": { values in
            GoFunction([]) { _, _ in
                // Values.YAML is a plain yaml.Marshal: Helm's toYaml keeps the final newline here.
                .string(try YAMLEncoding.helmMustToYaml(.map(values)) + "\n")
            }
        },
        "Table": { values in
            GoFunction([.string]) { _, arguments in
                .map(try tableLookup(values, path: arguments.first?.stringValue ?? ""))
            }
        },
        "PathValue": { values in
            GoFunction([.string]) { _, arguments in
                try pathValue(values, path: arguments.first?.stringValue ?? "")
            }
        },
    ]

    /// `Values.Table`: follows a dotted path of nested maps.
    static func tableLookup(_ values: GoMap, path: String) throws -> GoMap {
        var table = values
        for key in path.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            guard let next = table[key], case .map(let nested) = next else {
                throw FunctionError("\(GoFormat.quote(key)) is not a table")
            }
            table = nested
        }
        return make(table.entries)
    }

    /// `Values.PathValue`: a non-table value at a dotted path.
    static func pathValue(_ values: GoMap, path: String) throws -> Value {
        guard !path.isEmpty else { throw FunctionError("YAML path cannot be empty") }
        var keys = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let key = keys.popLast() else { throw FunctionError("YAML path cannot be empty") }
        let table: GoMap
        if keys.isEmpty {
            table = values
        } else {
            guard let found = try? tableLookup(values, path: keys.joined(separator: ".")) else {
                throw FunctionError("\(GoFormat.quote(key)) is not a value")
            }
            table = found
        }
        guard let value = table[key] else { throw FunctionError("\(GoFormat.quote(key)) is not a value") }
        if case .map = value { throw FunctionError("\(GoFormat.quote(key)) is not a value") }
        return value
    }
}
