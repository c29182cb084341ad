import GoTemplate

/// sigs.k8s.io/yaml's `Unmarshal` into `interface{}`, `map[string]interface{}` or `[]interface{}`:
/// go-yaml v2 decoding, conversion to JSON-compatible values, then encoding/json's float64 numbers.
enum SigsYAML {
    enum Target {
        case any
        case map
        case slice

        var goTypeName: String {
            switch self {
            case .any: return "interface {}"
            case .map: return "map[string]interface {}"
            case .slice: return "[]interface {}"
            }
        }
    }

    /// The decoded value, already checked against `target`: `.null` for an empty document.
    static func unmarshal(_ text: String, into target: Target) throws -> Value {
        try unmarshal(bytes: Array(text.utf8), into: target)
    }

    /// `unmarshal` of a Go string's bytes, which may not be UTF-8.
    static func unmarshal(bytes: [UInt8], into target: Target) throws -> Value {
        let value: Value
        do {
            value = try DeepNesting.run { limit in
                try YAMLValueDecoder.decode(try YAMLDocumentParser.parseFirstDocument(bytes: bytes, maxDepth: limit),
                                            depthLimit: limit < DeepNesting.goLimit ? 4 * limit : Int.max)
            }
        } catch let error as YAMLError {
            throw YAMLError("error converting YAML to JSON: " + error.message, line: error.line, column: error.column)
        }
        let kind: String
        switch (value, target) {
        case (_, .any), (.null, _), (.map, .map), (.list, .slice):
            return value
        case (.map, _): kind = "object"
        case (.list, _): kind = "array"
        case (.string, _): kind = "string"
        case (.bool, _): kind = "bool"
        default: kind = "number"
        }
        throw YAMLError("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(kind) into Go value of type \(target.goTypeName)")
    }
}
