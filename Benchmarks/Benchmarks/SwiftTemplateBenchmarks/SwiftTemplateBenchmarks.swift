import Benchmark
import ChartEngine
import Foundation
import GoTemplate
import HelmFunctions
import HelmYAML

/// In-process benchmarks of the engine's stages on the project's own tenant chart. The comparison with
/// the real Helm (whole processes, same inputs, ratios) is scripts/bench_vs_helm.py; these isolate
/// where our time goes: parsing, executing, YAML emission, and whole-chart rendering.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
let tenantChartPath = repositoryRoot + "/charts/helm-tenant-chart"

/// The premium tier's values as Flux would pass them (the chart's ci/premium-values.yaml).
func premiumValues() throws -> GoMap {
    let text = try String(contentsOfFile: tenantChartPath + "/ci/premium-values.yaml", encoding: .utf8)
    return try ValuesReader.readValues(text, file: "premium-values.yaml")
}

/// The chart's templates as Helm names them, for the parse benchmark.
func tenantTemplates() throws -> [(name: String, text: String)] {
    let folder = tenantChartPath + "/templates"
    return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
        (name: "helm-tenant-chart/templates/" + $0, text: try String(contentsOfFile: folder + "/" + $0, encoding: .utf8))
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(3))

    Benchmark("Parse tenant chart templates") { benchmark in
        let templates = try tenantTemplates()
        let functions = HelmFunctionLibrary.registry()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let set = TemplateSet(functions: functions, options: TemplateOptions(missingKey: .zero))
            for template in templates { try set.parse(name: template.name, text: template.text) }
            blackHole(set)
        }
    }

    Benchmark("Render tenant chart, premium tier (chart loaded once)") { benchmark in
        let renderer = try ChartRenderer(chartPath: tenantChartPath)
        let values = try premiumValues()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let request = RenderRequest(release: ReleaseOptions(name: "tenant-1", namespace: "tenant-1"), values: values)
            blackHole(try renderer.renderText(request, output: TemplateOutputOptions()))
        }
    }

    Benchmark("Load and render tenant chart from disk") { benchmark in
        let values = try premiumValues()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let renderer = try ChartRenderer(chartPath: tenantChartPath)
            let request = RenderRequest(release: ReleaseOptions(name: "tenant-1", namespace: "tenant-1"), values: values)
            blackHole(try renderer.renderText(request, output: TemplateOutputOptions()))
        }
    }

    Benchmark("toYaml of the tenant chart's coalesced values") { benchmark in
        let text = try String(contentsOfFile: tenantChartPath + "/values.yaml", encoding: .utf8)
        let values = Value.map(try ValuesReader.readValues(text, file: "values.yaml"))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(YAMLEncoding.helmToYaml(values))
        }
    }

    Benchmark("Read tenant chart values.yaml") { benchmark in
        let text = try String(contentsOfFile: tenantChartPath + "/values.yaml", encoding: .utf8)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try ValuesReader.readValues(text, file: "values.yaml"))
        }
    }
}
