import GoTemplate
import HelmYAML

/// Helm's `loader.LoadValues`: a values file may hold several YAML documents, merged in order.
enum ValuesDocuments {
    static func load(_ text: String, file: String) throws -> GoMap {
        try ValuesReader.readValues(text, file: file)
    }
}
