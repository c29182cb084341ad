import Foundation
import GoTemplate
import HelmYAML

/// Helm's `rules.Chartfile`: checks Chart.yaml in the order Helm does, stopping where Helm stops.
enum ChartfileRules {
    static let fileName = "Chart.yaml"

    static func run(chartDirectory: String, into findings: inout LintFindings) {
        let chartPath = chartDirectory + "/" + fileName
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: chartPath, isDirectory: &isDirectory)
        findings.check(.error, fileName, exists && isDirectory.boolValue ? "should be a file, not a directory" : nil)

        let document: Value
        var metadata = ChartMetadata()
        do {
            guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: chartPath) else {
                throw ChartError(isDirectory.boolValue ? "read \(chartPath): is a directory"
                                                       : "open \(chartPath): no such file or directory")
            }
            document = try YAMLDecoding.decodeYAML(bytes: Array(data))
            do {
                try ChartMetadataDecoder.apply(document, to: &metadata)
            } catch let error as ChartMetadataDecoder.FieldError {
                throw ChartError("error unmarshaling JSON: while decoding JSON: \(error.message)")
            }
        } catch {
            findings.check(.error, fileName, "unable to parse YAML\n\t\(error)")
            return
        }

        if let unknown = ChartfileStrictFields.firstUnknownField(document) {
            findings.check(.warning, fileName, "failed to strictly parse chart metadata file\n\terror unmarshaling JSON: while decoding JSON: json: unknown field \"\(unknown)\"")
        }
        let fields: GoMap? = { if case .map(let map) = document { return map }; return nil }()

        findings.check(.error, fileName, validateName(metadata))
        findings.check(.error, fileName, validateAPIVersion(metadata))
        findings.check(.error, fileName, stringTypeFailure(fields, key: "version"))
        findings.check(.error, fileName, validateVersion(metadata))
        findings.check(.error, fileName, stringTypeFailure(fields, key: "appVersion"))
        findings.check(.error, fileName, validateMaintainers(metadata))
        findings.check(.error, fileName, validateSources(metadata))
        findings.check(.info, fileName, metadata.icon.isEmpty ? "icon is recommended" : nil)
        findings.check(.error, fileName, !metadata.icon.isEmpty && !GoValidator.isRequestURL(metadata.icon)
            ? "invalid icon URL '\(metadata.icon)'" : nil)
        findings.check(.error, fileName, !metadata.type.isEmpty && metadata.apiVersion != "v2"
            ? "chart type is not valid in apiVersion '\(metadata.apiVersion)'. It is valid in apiVersion 'v2'" : nil)
        findings.check(.error, fileName, metadata.declaresDependencies && !metadata.dependencies.isEmpty
            && metadata.apiVersion != "v2"
            ? "dependencies are not valid in the Chart file with apiVersion '\(metadata.apiVersion)'. They are valid in apiVersion 'v2'"
            : nil)
        findings.check(.warning, fileName, StrictSemanticVersion.isValid(metadata.version)
            ? nil : "version '\(metadata.version)' is not a valid SemVerV2")
    }

    private static func validateName(_ metadata: ChartMetadata) -> String? {
        if metadata.name.isEmpty { return "name is required" }
        if ChartMetadata.goBase(metadata.name) != metadata.name {
            return "chart name \(goQuoted(metadata.name)) is invalid"
        }
        return nil
    }

    private static func validateAPIVersion(_ metadata: ChartMetadata) -> String? {
        if metadata.apiVersion.isEmpty { return "apiVersion is required. The value must be either \"v1\" or \"v2\"" }
        if metadata.apiVersion != "v1" && metadata.apiVersion != "v2" {
            return "apiVersion '\(metadata.apiVersion)' is not valid. The value must be either \"v1\" or \"v2\""
        }
        return nil
    }

    /// Masterminds' loose parse, then the `>0.0.0-0` constraint Helm checks every chart version against.
    private static func validateVersion(_ metadata: ChartMetadata) -> String? {
        if metadata.version.isEmpty { return "version is required" }
        guard let version = SemanticVersion(parsing: metadata.version) else {
            return "version '\(metadata.version)' is not a valid SemVer"
        }
        let floor = SemanticVersion(major: 0, minor: 0, patch: 0, prerelease: "0")
        if !(floor < version) {
            return "version \(metadata.version) is less than or equal to 0.0.0-0"
        }
        return nil
    }

    /// Helm reads Chart.yaml a second time into a plain map to catch numbers where strings belong.
    private static func stringTypeFailure(_ fields: GoMap?, key: String) -> String? {
        guard let fields, let value = fields[key] else { return nil }
        let typeName: String
        switch value {
        case .string: return nil
        case .null, .invalid: typeName = "<nil>"
        case .bool: typeName = "bool"
        case .list: typeName = "[]interface {}"
        case .map: typeName = "map[string]interface {}"
        default: typeName = "float64"
        }
        return "\(key) should be of type string but it's of type \(typeName)"
    }

    private static func validateMaintainers(_ metadata: ChartMetadata) -> String? {
        if metadata.hasNullMaintainer { return "a maintainer entry is empty" }
        for maintainer in metadata.maintainers {
            let name = maintainer.name ?? ""
            if name.isEmpty { return "each maintainer requires a name" }
            if let email = maintainer.email, !email.isEmpty, !GoValidator.isEmail(email) {
                return "invalid email '\(email)' for maintainer '\(name)'"
            }
            if let url = maintainer.url, !url.isEmpty, !GoValidator.isURL(url) {
                return "invalid url '\(url)' for maintainer '\(name)'"
            }
        }
        return nil
    }

    private static func validateSources(_ metadata: ChartMetadata) -> String? {
        for source in metadata.sources where source.isEmpty || !GoValidator.isRequestURL(source) {
            return "invalid source URL '\(source)'"
        }
        return nil
    }
}
