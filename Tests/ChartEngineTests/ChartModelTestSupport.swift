import Foundation
import GoTemplate
import HelmYAML
@testable import ChartEngine

/// Shared steps of the chart-model tests: load a fixture chart and prepare its values as `helm template` does.
enum ChartModelFixture {
    static var directory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    }

    static func path(_ name: String) -> String { directory + "/" + name }

    /// Loads the chart, merges `--set` lines, processes dependencies and coalesces: `.Values` of the top chart.
    static func values(_ chart: String, set: [String] = [], skipSchema: Bool = false,
                       log: DiagnosticLog? = nil) throws -> (chart: Chart, values: GoMap) {
        let loaded = try ChartLoader.load(path: path(chart))
        let user = try ValuesOptions(values: set).mergeValues(baseDirectory: "")
        try DependencyProcessor.process(chart: loaded, values: user, log: log)
        let values = try ValuesCoalescer.coalesce(chart: loaded, userValues: user, skipSchemaValidation: skipSchema, log: log)
        return (loaded, values)
    }

    static func json(_ value: Value?) -> String {
        JSONEncoding.helmToJson(value ?? .invalid)
    }

    /// Every chart in the tree by `chartFullPath`, sorted.
    static func chartPaths(_ chart: Chart) -> [String] {
        var out = [chart.chartFullPath]
        for sub in chart.dependencies { out += chartPaths(sub) }
        return out.sorted()
    }
}
