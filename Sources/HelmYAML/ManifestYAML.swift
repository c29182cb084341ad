import GoTemplate

/// The fields Helm's manifest sorter reads from a rendered document (`SimpleHead`).
public struct ManifestHead {
    public var apiVersion: String?
    public var kind: String?
    /// nil when the document has no `metadata` map.
    public var name: String?
    public var annotations: [String: String]

    public init(apiVersion: String? = nil, kind: String? = nil, name: String? = nil, annotations: [String: String] = [:]) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.annotations = annotations
    }
}

/// Helm's check of each rendered manifest: sigs.k8s.io/yaml `Unmarshal` into `SimpleHead`. A failure
/// aborts the render with `YAML parse error on <template>: <message>`; `parseHead` throws the message.
public enum ManifestYAML {
    /// `document` is one manifest as Helm's SplitManifests yields it (whitespace-trimmed).
    /// Messages as Helm prints them after `YAML parse error on <file>: `, for example
    /// `error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context` or
    /// `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type util.SimpleHead`.
    public static func parseHead(_ document: String) throws -> ManifestHead {
        try parseHead(bytes: Array(document.utf8))
    }

    /// `parseHead` of a rendered document that may not be UTF-8 (Helm's YAML reader rejects it).
    public static func parseHead(bytes document: [UInt8]) throws -> ManifestHead {
        let value: Value
        do {
            value = try DeepNesting.run { limit in
                try YAMLValueDecoder.decode(try YAMLDocumentParser.parseFirstDocument(bytes: document, maxDepth: limit),
                                            target: .manifestHead,
                                            depthLimit: limit < DeepNesting.goLimit ? 4 * limit : Int.max)
            }
        } catch let error as YAMLError {
            throw YAMLError("error converting YAML to JSON: " + error.message, line: error.line, column: error.column)
        }
        do {
            return try head(from: value)
        } catch let error as YAMLError {
            throw YAMLError("error unmarshaling JSON: while decoding JSON: " + error.message)
        }
    }

    private static let metadataType = #"struct { Name string "json:\"name\""; Annotations map[string]string "json:\"annotations\"" }"#

    /// encoding/json into SimpleHead: keys in JSON (sorted) order, fields matched case-insensitively,
    /// null leaves a field alone, the first type error wins.
    private static func head(from value: Value) throws -> ManifestHead {
        var head = ManifestHead()
        switch value {
        case .null:
            return head
        case .map(let map):
            for key in map.entries.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let field = map.entries[key] ?? .null
                switch key.lowercased() {
                case "apiversion":
                    if let s = try string(field, "SimpleHead.apiVersion") { head.apiVersion = s }
                case "kind":
                    if let s = try string(field, "SimpleHead.kind") { head.kind = s }
                case "metadata":
                    try metadata(field, into: &head)
                default:
                    break
                }
            }
            return head
        default:
            throw typeError(value, "Go value of type util.SimpleHead")
        }
    }

    private static func metadata(_ value: Value, into head: inout ManifestHead) throws {
        switch value {
        case .null:
            return
        case .map(let map):
            if head.name == nil { head.name = "" }
            for key in map.entries.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let field = map.entries[key] ?? .null
                switch key.lowercased() {
                case "name":
                    if let s = try string(field, ".metadata.name") { head.name = s }
                case "annotations":
                    switch field {
                    case .null:
                        break
                    case .map(let annotations):
                        for (k, v) in annotations.entries {
                            head.annotations[k] = try string(v, ".metadata.annotations") ?? ""
                        }
                    default:
                        throw typeError(field, "Go struct field .metadata.annotations of type map[string]string")
                    }
                default:
                    break
                }
            }
        default:
            throw typeError(value, "Go struct field SimpleHead.metadata of type " + metadataType)
        }
    }

    /// A JSON string for a string field; nil for null (Go leaves the field unchanged).
    private static func string(_ value: Value, _ field: String) throws -> String? {
        switch value {
        case .string(let s): return s
        case .null: return nil
        default: throw typeError(value, "Go struct field \(field) of type string")
        }
    }

    private static func typeError(_ value: Value, _ target: String) -> YAMLError {
        let kind: String
        switch value {
        case .map: kind = "object"
        case .list: kind = "array"
        case .string: kind = "string"
        case .bool: kind = "bool"
        default: kind = "number"
        }
        return YAMLError("json: cannot unmarshal \(kind) into \(target)")
    }
}
