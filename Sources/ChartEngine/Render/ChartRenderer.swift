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
        // Helm logs the value-merging warnings (`log.Printf`, which slog prints as INFO) of both passes:
        // the dependency pass coalesces once per chart with dependencies, the final coalesce once more.
        let valuesLog = DiagnosticLog()
        do {
            try DependencyProcessor.process(chart: renderChart, values: userValues, log: valuesLog)
        } catch {
            // Helm's install action logs the failure, then returns it wrapped.
            valuesLog.error("chart dependencies processing failed", [("error", "\(error)")])
            throw RenderError("chart dependencies processing failed: \(error)",
                              logLines: valuesLog.lines(debug: request.debug))
        }
        let values: GoMap
        do {
            values = try ValuesCoalescer.coalesce(chart: renderChart, userValues: userValues,
                                                  skipSchemaValidation: true, log: valuesLog)
        } catch let error as RenderError {
            throw RenderError(error.message, suggestsDebugFlag: error.suggestsDebugFlag,
                              logLines: valuesLog.lines(debug: request.debug) + error.logLines,
                              partialManifest: error.partialManifest)
        } catch where !valuesLog.entries.isEmpty {
            throw RenderError("\(error)", logLines: valuesLog.lines(debug: request.debug))
        }
        var log: [String] = valuesLog.lines(debug: request.debug)
        if !request.skipSchemaValidation {
            if request.debug { log += SchemaDebugTrace.lines(chart: renderChart, values: values) }
            do {
                try SchemaValidator.validate(chart: renderChart, values: values)
            } catch let error as RenderError {
                throw RenderError(error.message, suggestsDebugFlag: error.suggestsDebugFlag,
                                  logLines: log + error.logLines, partialManifest: error.partialManifest)
            } catch where !log.isEmpty {
                throw RenderError("\(error)", logLines: log)
            }
        }
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
                              suggestsDebugFlag: true, logLines: log)
        }

        let templates = TemplateCollector.collect(chart: renderChart, topData: topData)
        let rendered: TemplateRenderer.RenderedFiles
        do {
            rendered = try TemplateRenderer(functions: functions, environment: environment, cache: parsedTemplates)
                .render(templates)
        } catch let error as RenderError where !log.isEmpty {
            throw RenderError(error.message, suggestsDebugFlag: error.suggestsDebugFlag,
                              logLines: log + error.logLines, partialManifest: error.partialManifest)
        }
        var files = rendered.texts

        // NOTES.txt is not a manifest: Helm pulls every file ending in it out, keeping the top chart's.
        let topNotesPath = renderChart.name + "/templates/NOTES.txt"
        let notes = files[topNotesPath] ?? ""
        for path in files.keys where path.hasSuffix("NOTES.txt") { files[path] = nil }

        if let postRenderer = request.postRenderer {
            files = try postRender(files, with: postRenderer, debug: request.debug, log: &log)
        }

        let sorted: ManifestSorter.Result
        do {
            sorted = try ManifestSorter.sort(files: files, notUTF8: rendered.notUTF8)
        } catch let error as ManifestSorter.ParseError {
            throw RenderError(error.description, suggestsDebugFlag: true, logLines: log + error.logLines,
                              partialManifest: Self.partialManifest(files))
        }
        return ReleaseRendering(crds: crdFiles(renderChart), manifests: sorted.manifests, hooks: sorted.hooks,
                                notes: notes, logLines: log + sorted.logLines)
    }

    /// Helm's merge, run and split around a post-renderer, with its error wording.
    private func postRender(_ files: [String: String], with postRenderer: PostRenderer, debug: Bool,
                            log: inout [String]) throws -> [String: String] {
        let merged: String
        do {
            merged = try PostRenderStream.merge(files: files)
        } catch {
            throw RenderError("error merging manifests: \(error)", suggestsDebugFlag: true, logLines: log)
        }
        let pluginLog = DiagnosticLog()
        let output: String
        do {
            output = try postRenderer.run(merged, log: pluginLog)
            log += pluginLog.lines(debug: debug)
        } catch {
            log += pluginLog.lines(debug: debug)
            throw RenderError("error while running post render on files: \(error)", suggestsDebugFlag: true, logLines: log)
        }
        do {
            return try PostRenderStream.split(output)
        } catch {
            throw RenderError("error while parsing post rendered output: \(error)", suggestsDebugFlag: true, logLines: log)
        }
    }

    /// The rendered files as Helm writes them into the release manifest when sorting fails (Helm's
    /// order is Go's random map order; here it is by name).
    private static func partialManifest(_ files: [String: String]) -> String {
        var text = ""
        for name in files.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard let content = files[name], !GoStrings.trimSpace(content).isEmpty else { continue }
            text += "---\n# Source: \(name)\n\(content)\n"
        }
        return text
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
