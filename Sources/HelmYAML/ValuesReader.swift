import GoTemplate

/// Reading values files the way Helm 4 does (`loader.LoadValues`): the text is split into YAML
/// documents, each is read with sigs.k8s.io/yaml into `map[string]interface{}` (every number a float64,
/// every key a string, nulls kept) and the documents are deep-merged, later ones winning.
public enum ValuesReader {
    /// Errors read as Helm's after its prefix (`cannot load values.yaml: ` for a chart's values,
    /// `failed to parse <file>: ` for `-f` files), for example
    /// `cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context`.
    /// An empty file gives an empty map.
    public static func readValues(_ text: String, file: String) throws -> GoMap {
        var values = GoMap()
        let documents: [String]
        do {
            documents = try YAMLDocumentSplitter.split(text)
        } catch var error as YAMLError {
            error.file = file
            throw error
        }
        for document in documents {
            let current: Value
            do {
                current = try SigsYAML.unmarshal(document, into: .map)
            } catch let error as YAMLError {
                throw YAMLError("cannot unmarshal yaml document: " + error.message, file: file,
                                line: error.line, column: error.column)
            }
            if case .map(let map) = current {
                // The first document's map is fresh and held by no one else: it is the result as is.
                values = values.entries.isEmpty ? map : mergeMaps(values, map)
            }
        }
        return values
    }

    /// `readValues` of a file's bytes. A document that is not UTF-8 fails as go-yaml's reader fails on
    /// it (`yaml: invalid leading UTF-8 octet`, …); Helm never reads such a file.
    public static func readValues(bytes: [UInt8], file: String) throws -> GoMap {
        if let text = String(validating: bytes, as: UTF8.self) { return try readValues(text, file: file) }
        let documents: [[UInt8]]
        do {
            documents = try YAMLDocumentSplitter.split(bytes: bytes)
        } catch var error as YAMLError {
            error.file = file
            throw error
        }
        for document in documents where String(validating: document, as: UTF8.self) == nil {
            do {
                _ = try SigsYAML.unmarshal(bytes: document, into: .map)
            } catch let error as YAMLError {
                throw YAMLError("cannot unmarshal yaml document: " + error.message, file: file,
                                line: error.line, column: error.column)
            }
        }
        // libyaml accepted every document (it only checks what it reads): read them as Go would see them.
        return try readValues(String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// Helm's `MergeMaps`: nested maps merge recursively, anything else from `b` replaces.
    static func mergeMaps(_ a: GoMap, _ b: GoMap) -> GoMap {
        let out = GoMap(a.entries)
        for (key, value) in b.entries {
            if case .map(let bMap) = value, case .map(let aMap)? = out.entries[key] {
                out.entries[key] = .map(mergeMaps(aMap, bMap))
            } else {
                out.entries[key] = value
            }
        }
        return out
    }
}
