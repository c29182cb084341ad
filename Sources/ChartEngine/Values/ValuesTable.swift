import GoTemplate

/// Helm's `common.Values` lookups used by dependency processing: `Table("a.b")` and `PathValue("a.b.c")`.
enum ValuesTable {
    enum LookupError: Error, CustomStringConvertible {
        /// `ErrNoTable`: `"a" is not a table`
        case noTable(String)
        /// `ErrNoValue`: `"a" is not a value`
        case noValue(String)

        var description: String {
            switch self {
            case .noTable(let key): return "\(GoFormat.quote(key)) is not a table"
            case .noValue(let key): return "\(GoFormat.quote(key)) is not a value"
            }
        }
    }

    static func table(_ values: GoMap, _ name: String) throws -> GoMap {
        var table = values
        for part in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard case .map(let next)? = table[String(part)] else { throw LookupError.noTable(String(part)) }
            table = next
        }
        return table
    }

    static func pathValue(_ values: GoMap, _ path: String) throws -> Value {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let key = parts.last else { throw LookupError.noValue(path) }
        if parts.count == 1 {
            if let v = values[key], !v.isTable { return v }
            throw LookupError.noValue(key)
        }
        guard let table = try? table(values, parts.dropLast().joined(separator: ".")) else {
            throw LookupError.noValue(key)
        }
        if let v = table[key], !v.isTable { return v }
        throw LookupError.noValue(key)
    }
}
