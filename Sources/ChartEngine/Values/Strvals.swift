import GoTemplate

/// Helm's `pkg/strvals`: the `name=value,other.name[0]=value` syntax of `--set` and its siblings.
public enum Strvals {
    /// `strvals.Parse` (`--set`): numbers become int64, `true`/`false`/`null` typed.
    public static func parse(_ line: String) throws -> GoMap {
        let values = GoMap()
        try parseInto(line, values)
        return values
    }

    /// `strvals.ParseString` (`--set-string`): every value a string.
    public static func parseString(_ line: String) throws -> GoMap {
        let values = GoMap()
        try parseIntoString(line, values)
        return values
    }

    /// `strvals.ParseInto`: merges a `--set` line into `dest`.
    public static func parseInto(_ line: String, _ dest: GoMap) throws {
        var parser = StrvalsParser(line, mode: .typed(stringOnly: false))
        try parser.parse(into: dest)
    }

    /// `strvals.ParseIntoString`
    public static func parseIntoString(_ line: String, _ dest: GoMap) throws {
        var parser = StrvalsParser(line, mode: .typed(stringOnly: true))
        try parser.parse(into: dest)
    }

    /// `strvals.ParseJSON` (`--set-json` in `key=json` form); an empty value is null.
    public static func parseJSON(_ line: String, into dest: GoMap) throws {
        var parser = StrvalsParser(line, mode: .json)
        try parser.parse(into: dest)
    }

    /// `strvals.ParseIntoFile` (`--set-file`): each value is a path the reader turns into a value.
    public static func parseFile(_ line: String, into dest: GoMap, reader: @escaping (String) throws -> Value) throws {
        var parser = StrvalsParser(line, mode: .file(reader))
        try parser.parse(into: dest)
    }

    /// `strvals.ParseLiteral` (`--set-literal`): everything after the first `=` is one string.
    public static func parseLiteral(_ line: String) throws -> GoMap {
        let values = GoMap()
        try parseLiteralInto(line, values)
        return values
    }

    /// `strvals.ParseLiteralInto`
    public static func parseLiteralInto(_ line: String, _ dest: GoMap) throws {
        var parser = StrvalsParser(line, mode: .literal)
        try parser.parse(into: dest)
    }
}
