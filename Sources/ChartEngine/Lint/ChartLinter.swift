import Foundation
import GoTemplate

/// Lints one chart directory: Helm's `lint.RunAll` behind `action.Lint`'s guard that the path holds a
/// Chart.yaml. Rules run in Helm's order: Chart.yaml, values, templates, dependencies, CRDs.
public struct ChartLinter {
    public var namespace: String
    public var kubeVersion: KubeVersion
    public var skipSchemaValidation: Bool
    /// Where relative chart paths are resolved.
    public var workingDirectory: String
    /// Lines Helm logs (slog) while linting, such as lint-mode `required`/`fail` notes.
    public let log = DiagnosticLog()

    public init(namespace: String = "default", kubeVersion: KubeVersion = .helmDefault,
                skipSchemaValidation: Bool = false,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.namespace = namespace
        self.kubeVersion = kubeVersion
        self.skipSchemaValidation = skipSchemaValidation
        self.workingDirectory = workingDirectory
    }

    public func lint(path: String, values: GoMap) -> ChartLintResult {
        let chartYaml = cleanPath(path + "/Chart.yaml")
        let resolved = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved + "/Chart.yaml") else {
            let parentIsFile = FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory)
                && !isDirectory.boolValue
            let reason = parentIsFile ? "not a directory" : "no such file or directory"
            return ChartLintResult(path: path, loadErrors: ["unable to check Chart.yaml file in chart: stat \(chartYaml): \(reason)"])
        }
        // Helm's rules report paths under the absolute, cleaned chart directory.
        let chartDirectory = cleanPath(resolved)
        var findings = LintFindings()
        ChartfileRules.run(chartDirectory: chartDirectory, into: &findings)
        ValuesRules.run(chartDirectory: chartDirectory, overrides: values, skipSchemaValidation: skipSchemaValidation,
                        into: &findings)
        let renderer = LintRenderer(namespace: namespace, kubeVersion: kubeVersion,
                                    skipSchemaValidation: skipSchemaValidation, log: log)
        TemplateRules(renderer: renderer).run(chartDirectory: chartDirectory, userValues: values, into: &findings)
        DependencyRules.run(chartDirectory: chartDirectory, into: &findings)
        CRDRules.run(chartDirectory: chartDirectory, into: &findings)
        return ChartLintResult(path: path, messages: findings.messages)
    }
}
