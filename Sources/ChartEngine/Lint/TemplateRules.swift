import Foundation
import GoTemplate
import HelmYAML

/// Helm's template linter: the chart must load and render (engine in lint mode), and every rendered
/// YAML file of the top chart must parse, start unindented and hold sensible Kubernetes objects.
struct TemplateRules {
    static let directory = "templates/"

    var renderer: LintRenderer

    func run(chartDirectory: String, userValues: GoMap, into findings: inout LintFindings) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: chartDirectory + "/templates", isDirectory: &isDirectory)
        guard findings.check(.warning, Self.directory, exists ? nil : "directory does not exist"),
              findings.check(.error, Self.directory, isDirectory.boolValue ? nil : "not a directory") else { return }

        let chart: Chart
        do {
            chart = try ChartLoader.load(path: chartDirectory)
        } catch {
            findings.check(.error, Self.directory, "\(error)")
            return
        }
        let rendered: [String: String]
        switch renderer.render(chart: chart, userValues: userValues) {
        case .abandoned: return
        case .failed(let message):
            findings.check(.error, Self.directory, message)
            return
        case .rendered(let files):
            rendered = files
        }

        for template in chart.templates {
            let fileName = template.name
            let ext = Self.goExtension(fileName)
            findings.check(.error, fileName, [".yaml", ".yml", ".tpl", ".txt"].contains(ext) ? nil
                : "file extension '\(ext)' not valid. Valid extensions are .yaml, .yml, .tpl, or .txt")
            guard [".yaml", ".yml"].contains(ext.lowercased()) else { continue }

            let content = rendered[chart.name + "/" + fileName] ?? ""
            guard !content.trimmingSpaces.isEmpty else { continue }
            findings.check(.warning, fileName, Self.indentFailure(content))
            for document in ManifestDocumentReader.documents(content) {
                let stub: KubernetesObjectStub?
                do {
                    stub = try ManifestDocumentReader.decode(try document.get())
                } catch {
                    // Helm stops the whole template linter at the first unparsable document.
                    findings.check(.error, fileName, "unable to parse YAML: \(error)")
                    return
                }
                guard let stub else { continue }
                findings.check(.warning, fileName, KubernetesNameValidation.failure(stub))
                findings.check(.warning, fileName, deprecation(stub))
                findings.check(.error, fileName, Self.selectorFailure(stub, content: content))
                findings.check(.error, fileName, Self.listAnnotationFailure(stub, content: content))
            }
        }
    }

    private func deprecation(_ stub: KubernetesObjectStub) -> String? {
        let version = renderer.kubeVersion
        guard let major = Int(version.major), let minor = Int(version.minor) else { return nil }
        return DeprecatedAPIs.warning(apiVersion: stub.apiVersion, kind: stub.kind, major: major, minor: minor)
    }

    /// Go's `filepath.Ext`.
    static func goExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return String(path[dot...])
    }

    /// `validateTopIndentLevel`: the first non-blank line must not start with a space or tab.
    static func indentFailure(_ content: String) -> String? {
        for rawLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            if line.trimmingSpaces.isEmpty { continue }
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                return "document starts with an illegal indent: \(goQuoted(line)), which may cause parsing problems"
            }
            return nil
        }
        return nil
    }

    /// `validateMatchSelector`: a plain text search of the whole rendered file, as in Helm.
    static func selectorFailure(_ stub: KubernetesObjectStub, content: String) -> String? {
        guard ["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet"].contains(stub.kind),
              !content.contains("matchLabels"), !content.contains("matchExpressions") else { return nil }
        return "a \(stub.kind) must contain matchLabels or matchExpressions, and \(goQuoted(stub.name)) does not"
    }

    /// `validateListAnnotations`: Helm re-reads the file's first document to look at List items.
    static func listAnnotationFailure(_ stub: KubernetesObjectStub, content: String) -> String? {
        guard stub.kind == "List" else { return nil }
        let document: Value
        do {
            document = try YAMLDecoding.decodeYAML(content)
        } catch {
            return "unable to parse YAML: \(error)"
        }
        guard case .map(let fields) = document,
              let itemsKey = fields.sortedKeys.last(where: { $0.lowercased() == "items" }),
              case .list(let items)? = fields[itemsKey] else { return nil }
        for item in items.elements {
            guard case .map(let entry) = item,
                  let metadataKey = entry.sortedKeys.last(where: { $0.lowercased() == "metadata" }),
                  case .map(let metadata)? = entry[metadataKey],
                  let annotationsKey = metadata.sortedKeys.last(where: { $0.lowercased() == "annotations" }),
                  case .map(let annotations)? = metadata[annotationsKey] else { continue }
            if annotations["helm.sh/resource-policy"] != nil {
                return "annotation 'helm.sh/resource-policy' within List objects are ignored"
            }
        }
        return nil
    }
}
