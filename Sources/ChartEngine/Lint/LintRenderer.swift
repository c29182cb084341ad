import GoTemplate

/// The rendering step of Helm's template linter: release "test-release" (revision 0, neither install nor
/// upgrade, as lint passes a bare `ReleaseOptions`), the engine in lint mode, and the raw output of every
/// template keyed by `<chart>/templates/<file>` — nothing sorted or parsed yet.
struct LintRenderer {
    static let releaseName = "test-release"

    var namespace: String
    var kubeVersion: KubeVersion
    var skipSchemaValidation: Bool
    var log: DiagnosticLog

    enum Outcome {
        case rendered([String: String])
        /// Helm reports this as an error of `templates/`.
        case failed(String)
        /// Dependency processing or coalescing failed: Helm's linter silently stops here.
        case abandoned
    }

    func render(chart loaded: Chart, userValues: GoMap) -> Outcome {
        let chart = loaded.copyTree()
        let values = userValues.deepCopied()
        let coalesced: GoMap
        do {
            try DependencyProcessor.process(chart: chart, values: values)
            coalesced = try ValuesCoalescer.coalesce(chart: chart, userValues: values, skipSchemaValidation: true,
                                                     log: log)
        } catch {
            return .abandoned
        }
        if !skipSchemaValidation {
            do {
                try SchemaValidator.validate(chart: chart, values: coalesced)
            } catch {
                return .failed("\(error)")
            }
        }
        CommonValuesMethods.adopt(coalesced)

        let capabilities = Capabilities(kubeVersion: kubeVersion)
        let topData = CommonValuesMethods.make([
            "Chart": chart.metadata.asValue(isRoot: true),
            "Capabilities": .object(capabilities),
            "Release": .map(GoMap([
                "Name": .string(Self.releaseName),
                "Namespace": .string(namespace),
                "IsUpgrade": .bool(false),
                "IsInstall": .bool(false),
                "Revision": .int(0),
                "Service": .string("Helm"),
            ])),
            "Values": .map(coalesced),
        ])
        let templates = TemplateCollector.collect(chart: chart, topData: topData)
        do {
            let renderer = TemplateRenderer(functions: LintModeFunctions.registry(log: log), environment: .live)
            return .rendered(try renderer.render(templates).texts)
        } catch {
            return .failed("\(error)")
        }
    }
}
