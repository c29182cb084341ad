import GoTemplate

/// Parses a YAML stream into one `Value` per document (`.map` for mappings, `.null` for an empty
/// document), with YAML's scalar typing. Throws a descriptive error when the text is not valid YAML.
public protocol YAMLDocumentParser {
    func parseDocuments(_ text: String) throws -> [Value]
}
