import Foundation
import GoTemplate
import HelmYAML

/// Helm's `rules.ValuesWithOverrides`: values.yaml must parse, and — with the user's overrides on top,
/// coalesced like `--reuse-values` — satisfy the chart's own values.schema.json.
enum ValuesRules {
    static let fileName = "values.yaml"

    static func run(chartDirectory: String, overrides: GoMap, skipSchemaValidation: Bool,
                    into findings: inout LintFindings) {
        let valuesPath = chartDirectory + "/" + fileName
        guard FileManager.default.fileExists(atPath: valuesPath) else {
            findings.check(.info, fileName, "file does not exist")
            return
        }
        findings.check(.error, fileName, failure(valuesPath: valuesPath, chartDirectory: chartDirectory,
                                                 overrides: overrides, skipSchemaValidation: skipSchemaValidation))
    }

    /// Helm's `ReadValuesFile` here reads one document only (unlike chart loading, which merges them all).
    private static func firstDocument(_ bytes: [UInt8]) throws -> GoMap {
        let document = try YAMLDecoding.decodeYAML(bytes: bytes)
        switch document {
        case .map(let map): return map
        case .null, .invalid: return GoMap()
        default:
            throw ChartError("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(ChartMetadataDecoder.jsonKind(document)) into Go value of type common.Values")
        }
    }

    private static func failure(valuesPath: String, chartDirectory: String, overrides: GoMap,
                                skipSchemaValidation: Bool) -> String? {
        let values: GoMap
        do {
            guard let data = FileManager.default.contents(atPath: valuesPath) else {
                throw ChartError("read \(valuesPath): is a directory")
            }
            values = try firstDocument(Array(data))
        } catch {
            return "unable to parse YAML: \(error)"
        }
        let coalesced = ValuesCoalescer.coalesceTables(ValuesCoalescer.coalesceTables(GoMap(), overrides.deepCopied()),
                                                       values)
        guard let schema = FileManager.default.contents(atPath: chartDirectory + "/values.schema.json"),
              !schema.isEmpty, !skipSchemaValidation else { return nil }
        do {
            let errors = try SchemaValidator.validate(values: .map(coalesced), schemaBytes: Array(schema))
            guard !errors.isEmpty else { return nil }
            var lines: [String] = []
            for error in errors { error.render(indent: "", into: &lines) }
            return lines.joined(separator: "\n") + "\n"
        } catch {
            return "\(error)"
        }
    }
}
