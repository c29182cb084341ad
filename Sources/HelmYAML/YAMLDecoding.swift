import GoTemplate

/// Helm's `fromYaml`/`fromYamlArray`/`fromJson`/`fromJsonArray`, and a general YAML reader.
public enum YAMLDecoding {
    /// Helm's `fromYaml`: sigs.k8s.io/yaml into `map[string]interface{}`. On failure the map holds the
    /// error text under "Error" (for example
    /// `error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'`).
    public static func fromYaml(_ s: String) -> Value {
        fromYaml(bytes: Array(s.utf8))
    }

    /// `fromYaml` of a Go string that may not be UTF-8 (the YAML reader then reports it).
    public static func fromYaml(bytes: [UInt8]) -> Value {
        do {
            let value = try SigsYAML.unmarshal(bytes: bytes, into: .map)
            if case .map(let map) = value { return .map(map) }
            return .map(GoMap())
        } catch {
            return .map(GoMap(["Error": .string(message(error))]))
        }
    }

    /// Helm's `fromYamlArray`: into `[]interface{}`; on failure a one-element list holding the error text.
    public static func fromYamlArray(_ s: String) -> Value {
        fromYamlArray(bytes: Array(s.utf8))
    }

    /// `fromYamlArray` of a Go string that may not be UTF-8.
    public static func fromYamlArray(bytes: [UInt8]) -> Value {
        do {
            let value = try SigsYAML.unmarshal(bytes: bytes, into: .slice)
            if case .list(let list) = value { return .list(list) }
            return .list(GoList([]))
        } catch {
            return .list(GoList([.string(message(error))]))
        }
    }

    /// Helm's `fromJson`: encoding/json into `map[string]interface{}`, errors under "Error".
    /// `null` gives `.null` (Go leaves a nil map, which prints as `null`).
    public static func fromJson(_ s: String) -> Value {
        do {
            let (value, typeError) = try JSONDecoding.decodeKeepingPartial(s, into: .map)
            guard case .map(let decoded) = value else { return .null }
            // Go keeps what it decoded next to the error (the bad number as null).
            if let typeError { decoded.entries["Error"] = .string(typeError.message) }
            return .map(decoded)
        } catch {
            return .map(GoMap(["Error": .string(message(error))]))
        }
    }

    /// Helm's `fromJsonArray`: into `[]interface{}`; on failure a one-element list with the error text.
    /// `null` gives `.null` (Go leaves a nil slice, which prints as `null`).
    public static func fromJsonArray(_ s: String) -> Value {
        do {
            let value = try JSONDecoding.decode(s, into: .slice)
            if case .list(let list) = value { return .list(list) }
            return .null
        } catch {
            return .list(GoList([.string(message(error))]))
        }
    }

    /// Any YAML document as sigs.k8s.io/yaml reads it into `interface{}`: maps with string keys, lists,
    /// float64 numbers, strings, bools, `.null` (also for an empty document). Errors carry Go's text
    /// (`error converting YAML to JSON: yaml: line 2: ...`).
    public static func decodeYAML(_ s: String) throws -> Value {
        try SigsYAML.unmarshal(s, into: .any)
    }

    /// `decodeYAML` of bytes that may not be UTF-8: libyaml's reader rejects them with go-yaml's error.
    public static func decodeYAML(bytes: [UInt8]) throws -> Value {
        try SigsYAML.unmarshal(bytes: bytes, into: .any)
    }

    static func message(_ error: Error) -> String {
        if let e = error as? YAMLError { return e.message }
        return "\(error)"
    }
}
