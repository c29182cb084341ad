import Foundation

/// Helm's `rules.Crds`: every document under crds/ (the chart's and its subcharts') must be plain YAML
/// defining an apiextensions.k8s.io CustomResourceDefinition.
enum CRDRules {
    static func run(chartDirectory: String, into findings: inout LintFindings) {
        let directory = "crds/"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: chartDirectory + "/crds", isDirectory: &isDirectory) else { return }
        guard findings.check(.error, directory, isDirectory.boolValue ? nil : "not a directory") else { return }
        let chart: Chart
        do {
            chart = try ChartLoader.load(path: chartDirectory)
        } catch {
            findings.check(.error, directory, "\(error)")
            return
        }
        for file in crdObjects(chart) {
            for document in ManifestDocumentReader.documents(decodeText(file.data)) {
                let stub: KubernetesObjectStub?
                do {
                    stub = try ManifestDocumentReader.decode(try document.get())
                } catch {
                    findings.check(.error, file.name, "unable to parse YAML: \(error)")
                    return
                }
                guard let stub else { continue }
                findings.check(.error, file.name, stub.apiVersion.hasPrefix("apiextensions.k8s.io") ? nil
                    : "apiVersion is not in 'apiextensions.k8s.io'")
                findings.check(.error, file.name, stub.kind == "CustomResourceDefinition" ? nil
                    : "object kind is not 'CustomResourceDefinition'")
            }
        }
    }

    /// Helm's `CRDObjects`: the chart's own crds/ files, then each subchart's.
    private static func crdObjects(_ chart: Chart) -> [ChartFile] {
        chart.crdFiles + chart.dependencies.flatMap(crdObjects)
    }
}
