import GoTemplate
import HelmYAML

/// apimachinery's `YAMLOrJSONDecoder` as Helm's linter drives it: split the rendered text at `---`
/// lines, then decode each document into a `KubernetesObjectStub` through sigs.k8s.io/yaml, with the
/// errors Go reports.
enum ManifestDocumentReader {
    struct DecodeError: Error, CustomStringConvertible {
        var description: String
    }

    /// apimachinery's `YAMLReader`: documents end at lines starting with `---`; anything but blanks or a
    /// comment after the marker is an error.
    static func documents(_ text: String) -> [Result<String, DecodeError>] {
        var results: [Result<String, DecodeError>] = []
        var buffer = ""
        for line in lines(of: text) {
            if line.hasPrefix("---") {
                let trimmed = String(line.dropFirst(3)).trimmingSpaces
                if let first = trimmed.first, first != "#" {
                    results.append(.failure(DecodeError(description: "invalid Yaml document separator: \(trimmed)")))
                    return results
                }
                if !buffer.isEmpty {
                    results.append(.success(buffer))
                    buffer = ""
                }
                continue
            }
            buffer += line
        }
        if !buffer.isEmpty { results.append(.success(buffer)) }
        return results
    }

    /// Lines with their "\n" (a final line may lack one), split on bytes so "\r\n" stays two characters.
    private static func lines(of text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            current.append(byte)
            if byte == UInt8(ascii: "\n") {
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    /// One document as `yaml.Unmarshal(doc, &*k8sYamlStruct)`: nil for a null document.
    static func decode(_ document: String) throws -> KubernetesObjectStub? {
        let value: Value
        do {
            value = try YAMLDecoding.decodeYAML(document)
        } catch {
            throw DecodeError(description: "\(error)")
        }
        switch value {
        case .null, .invalid:
            return nil
        case .map(let fields):
            var stub = KubernetesObjectStub()
            // Go matches JSON names case-insensitively; with sorted keys the last match wins.
            for key in fields.sortedKeys {
                guard let field = fields[key] else { continue }
                switch key.lowercased() {
                case "apiversion": stub.apiVersion = try string(field, path: "k8sYamlStruct.apiVersion") ?? stub.apiVersion
                case "kind": stub.kind = try string(field, path: "k8sYamlStruct.Kind") ?? stub.kind
                case "metadata": try decodeMetadata(field, into: &stub)
                default: continue
                }
            }
            return stub
        default:
            throw typeError(value, into: "Go value of type rules.k8sYamlStruct")
        }
    }

    private static func decodeMetadata(_ value: Value, into stub: inout KubernetesObjectStub) throws {
        switch value {
        case .null, .invalid: return
        case .map(let fields):
            for key in fields.sortedKeys {
                guard let field = fields[key] else { continue }
                switch key.lowercased() {
                case "name": stub.name = try string(field, path: "k8sYamlMetadata.Metadata.Name") ?? stub.name
                case "namespace":
                    stub.namespace = try string(field, path: "k8sYamlMetadata.Metadata.Namespace") ?? stub.namespace
                default: continue
                }
            }
        default:
            throw typeError(value, into: "Go struct field k8sYamlStruct.Metadata of type rules.k8sYamlMetadata")
        }
    }

    /// sigs.k8s.io/yaml turns scalars bound for string fields into strings; nil leaves the field as is.
    private static func string(_ value: Value, path: String) throws -> String? {
        guard let converted = ChartMetadataDecoder.scalarString(value) else {
            throw typeError(value, into: "Go struct field \(path) of type string")
        }
        return converted
    }

    private static func typeError(_ value: Value, into target: String) -> DecodeError {
        DecodeError(description: "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(ChartMetadataDecoder.jsonKind(value)) into \(target)")
    }
}
