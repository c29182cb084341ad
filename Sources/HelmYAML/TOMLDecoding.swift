import GoTemplate

/// Helm's `fromToml` (pkg/engine/funcs.go): `toml.Unmarshal` (BurntSushi/toml v1.6) into a
/// `map[string]interface{}`; on failure the map holds only `Error`, the parser's message.
public enum TOMLDecoding {
    public static func fromToml(_ text: String) -> Value {
        do {
            return try DeepNesting.run { limit in
                var parser = TOMLParser(text, depthLimit: limit)
                return goValue(.table(try parser.parse()))
            }
        } catch let error as TOMLParseError {
            return .map(["Error": .string(error.text)])
        } catch {
            return .map(["Error": .string("\(error)")])
        }
    }

    /// What decoding into `interface{}` leaves: tables as `map[string]interface {}`, arrays as
    /// `[]interface {}`, arrays of tables as `[]map[string]interface {}`.
    private static func goValue(_ node: TOMLNode) -> Value {
        switch node {
        case .scalar(let value):
            return value
        case .array(let elements):
            return .list(elements.map(goValue))
        case .table(let table):
            return .map(table.entries.mapValues(goValue))
        case .tableArray(let tables):
            return .list(tables.map { goValue(.table($0)) }, elementType: .stringMap(.interface))
        }
    }
}
