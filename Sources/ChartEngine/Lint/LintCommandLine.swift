import Foundation
import GoTemplate

/// `helm lint`: lints each chart path and prints exactly what Helm prints — the report on stdout, slog
/// lines and the closing `Error: …` on stderr, exit status 1 when a chart failed.
public enum LintCommandLine {
    public struct Outcome: Equatable {
        public var stdout: String
        public var stderr: String
        public var status: Int32
    }

    public static func run(_ options: LintOptions,
                           workingDirectory: String = FileManager.default.currentDirectoryPath) -> Outcome {
        var paths = options.chartPaths.isEmpty ? ["."] : options.chartPaths
        if options.withSubcharts {
            paths += paths.flatMap { subchartPaths(under: $0, workingDirectory: workingDirectory) }
        }
        var kubeVersion = KubeVersion.helmDefault
        if let text = options.kubeVersion, !text.isEmpty {
            do {
                kubeVersion = try KubeVersion.parse(text)
            } catch {
                return Outcome(stdout: "", stderr: "Error: invalid kube version '\(text)': \(error)\n", status: 1)
            }
        }
        let values: GoMap
        do {
            values = try options.values.mergeValues(baseDirectory: workingDirectory)
        } catch {
            return Outcome(stdout: "", stderr: "Error: \(error)\n", status: 1)
        }

        let linter = ChartLinter(namespace: options.namespace, kubeVersion: kubeVersion,
                                 skipSchemaValidation: options.skipSchemaValidation, workingDirectory: workingDirectory)
        var report = ""
        var failed = 0
        var chartsWithFindings = 0
        for path in paths {
            let result = linter.lint(path: path, values: values)
            let hasFindings = result.hasWarningsOrErrors(strict: options.strict)
            if hasFindings { chartsWithFindings += 1 }
            if options.quiet && !hasFindings { continue }
            report += "==> Linting \(path)\n"
            // A chart that could not be linted at all has no messages, only its load error.
            if result.messages.isEmpty {
                for error in result.loadErrors { report += "Error \(error)\n" }
            }
            for message in result.messages where !options.quiet || message.severity > .info {
                report += "\(message)\n"
            }
            if result.failed(strict: options.strict) { failed += 1 }
            report += "\n"
        }

        let stderr = linter.log.entries.map { $0.formatted + "\n" }.joined()
        let summary = "\(paths.count) chart(s) linted, \(failed) chart(s) failed"
        if failed > 0 {
            return Outcome(stdout: report, stderr: stderr + "Error: \(summary)\n", status: 1)
        }
        if !options.quiet || chartsWithFindings > 0 { report += summary + "\n" }
        return Outcome(stdout: report, stderr: stderr, status: 0)
    }

    /// `--with-subcharts`: Helm walks `<path>/charts` (lexically, recursively) for directories holding a
    /// Chart.yaml and for packaged charts.
    static func subchartPaths(under path: String, workingDirectory: String) -> [String] {
        let root = cleanPath(path + "/charts")
        let resolvedRoot = root.hasPrefix("/") ? root : workingDirectory + "/" + root
        var found: [String] = []
        walk(resolvedRoot, display: root, into: &found)
        return found
    }

    private static func walk(_ directory: String, display: String, into found: inout [String]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
              let entries = try? manager.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let full = directory + "/" + entry
            let shown = display + "/" + entry
            if entry == "Chart.yaml" {
                found.append(display)
            } else if entry.hasSuffix(".tgz") || entry.hasSuffix(".tar.gz") {
                found.append(shown)
            }
            walk(full, display: shown, into: &found)
        }
    }
}
