import GoTemplate
import HelmFunctions
import HelmYAML

/// Renders a loaded chart the way `helm template` does. Load once, render many times: each call builds
/// its own values and template data, so concurrent renders with different releases and values are safe;
/// the parsed templates are shared between them.
///
/// ```swift
/// let renderer = try ChartRenderer(chartPath: "charts/app")
/// let rendering = try renderer.render(RenderRequest(release: ReleaseOptions(name: "web")))
/// print(rendering.manifests.map(\.kind))
/// ```
public final class ChartRenderer: @unchecked Sendable {
    public let chart: Chart
    private let functions: FunctionRegistry
    private let environment: RenderEnvironment
    /// Templates are parsed once per set of enabled charts, not once per render.
    private let parsedTemplates = TemplateSetCache()

    public init(chart: Chart, functions: FunctionRegistry = HelmFunctionLibrary.registry(),
                environment: RenderEnvironment = .live) {
        self.chart = chart
        self.functions = functions
        self.environment = environment
    }

    public convenience init(chartPath: String, environment: RenderEnvironment = .live) throws {
        self.init(chart: try ChartLoader.load(path: chartPath), environment: environment)
    }

    /// Renders the chart and sorts the result into CRDs, manifests and hooks.
    public func render(_ request: RenderRequest) throws -> ReleaseRendering {
        try InstallableChartCheck.check(chart)
        // Helm warns about deprecated charts before anything else is done with them.
        let warnings = chart.metadata.deprecated ? ["level=WARN msg=\"this chart is deprecated\""] : []
        do {
            var rendering = try renderInstallable(request)
            rendering.logLines = warnings + rendering.logLines
            return rendering
        } catch var error as RenderError {
            error.logLines = warnings + error.logLines
            throw error
        } catch where !warnings.isEmpty {
            throw RenderError("\(error)", logLines: warnings)
        }
    }

    private func renderInstallable(_ request: RenderRequest) throws -> ReleaseRendering {
        try ReleaseNameValidator.validate(request.release.name)

        // Dependency processing prunes and renames subcharts in place: work on a private tree.
        let renderChart = chart.copyTree()
        let userValues = request.values.deepCopied()
        try DependencyProcessor.process(chart: renderChart, values: userValues)
        let values = try ValuesCoalescer.coalesce(chart: renderChart, userValues: userValues,
                                                  skipSchemaValidation: request.skipSchemaValidation, log: nil)
        CommonValuesMethods.adopt(values)

        let capabilities = Capabilities(kubeVersion: request.release.kubeVersion,
                                        extraAPIVersions: request.release.extraAPIVersions)
        let topData = CommonValuesMethods.make([
            "Chart": renderChart.metadata.asValue(isRoot: true),
            "Capabilities": .object(capabilities),
            "Release": .map(GoMap([
                "Name": .string(request.release.name),
                "Namespace": .string(request.release.namespace),
                "IsUpgrade": .bool(request.release.isUpgrade),
                "IsInstall": .bool(!request.release.isUpgrade),
                "Revision": .int(request.release.revision),
                "Service": .string("Helm"),
            ])),
            "Values": .map(values),
        ])

        let kubeVersionRange = renderChart.metadata.kubeVersion
        if !kubeVersionRange.isEmpty,
           !VersionConstraint.isCompatible(constraint: kubeVersionRange, version: capabilities.kubeVersion.normalizedVersion) {
            throw RenderError("chart requires kubeVersion: \(kubeVersionRange) which is incompatible with Kubernetes \(capabilities.kubeVersion.normalizedVersion)",
                              suggestsDebugFlag: true)
        }

        let templates = TemplateCollector.collect(chart: renderChart, topData: topData)
        let rendered = try TemplateRenderer(functions: functions, environment: environment, cache: parsedTemplates)
            .render(templates)
        var files = rendered.texts

        // NOTES.txt is not a manifest: Helm pulls every file ending in it out, keeping the top chart's.
        let topNotesPath = renderChart.name + "/templates/NOTES.txt"
        let notes = files[topNotesPath] ?? ""
        for path in files.keys where path.hasSuffix("NOTES.txt") { files[path] = nil }

        let sorted: ManifestSorter.Result
        do {
            sorted = try ManifestSorter.sort(files: files, notUTF8: rendered.notUTF8)
        } catch let error as ManifestSorter.ParseError {
            throw RenderError(error.description, suggestsDebugFlag: true, logLines: error.logLines)
        }
        return ReleaseRendering(crds: crdFiles(renderChart), manifests: sorted.manifests, hooks: sorted.hooks,
                                notes: notes, logLines: sorted.logLines)
    }

    /// Renders and prints as `helm template` does with the given output flags: stdout text and the
    /// lines Helm logs to stderr.
    public func renderText(_ request: RenderRequest, output: TemplateOutputOptions) throws
        -> (stdout: String, logLines: [String]) {
        let rendering = try render(request)
        do {
            return (try TemplateOutputPrinter(options: output).print(rendering), rendering.logLines)
        } catch {
            throw RenderError("\(error)", logLines: rendering.logLines)
        }
    }

    /// Helm's `CRDObjects`: the chart's own `crds/` files, then its subcharts', recursively.
    private func crdFiles(_ chart: Chart) -> [RenderedFile] {
        var files = chart.crdFiles.map {
            RenderedFile(path: chart.chartFullPath + "/" + $0.name, content: String(decoding: $0.data, as: UTF8.self))
        }
        for child in chart.dependencies { files += crdFiles(child) }
        return files
    }
}
