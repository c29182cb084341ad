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

/// About 10 MB of values shaped like real charts' (nested maps, lists, strings needing quotes, numbers).
func tenMegabyteValues() -> String {
    var text = "tenants:\n"
    var index = 0
    while text.utf8.count < 10_000_000 {
        text += """
          tenant-\(index):
            enabled: \(index % 2 == 0)
            replicaCount: \(index % 7)
            image: {repository: public.ecr.aws/example/app-\(index), tag: "1.\(index % 10)"}
            annotations:
              alb.ingress.kubernetes.io/conditions.t\(index): '[{"field":"http-header","values":["t\(index)"]}]'
              note: "a longer human sentence that goes past the eighty column folding limit of the emitter \(index)"
            resources: {limits: {cpu: 100m, memory: 128Mi}, requests: {cpu: 50m, memory: 64Mi}}
            ports: [80, 443, 8080]
            ratio: 0.\(index % 1000)

        """
        index += 1
    }
    return text
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

    Benchmark("Read a 10 MB values file and emit it with toYaml",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 5)) { benchmark in
        let text = tenMegabyteValues()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let values = try ValuesReader.readValues(text, file: "big-values.yaml")
            blackHole(YAMLEncoding.helmToYaml(.map(values)))
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
