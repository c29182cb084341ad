import GoTemplate

/// A loaded chart: Helm's `chart.Chart`.
public final class Chart {
    public var metadata: ChartMetadata
    /// values.yaml (an empty map if the chart has none).
    public var values: GoMap
    /// values.schema.json, raw.
    public var schema: [UInt8]?
    /// templates/**
    public var templates: [ChartFile]
    /// Every other non-ignored file: what `.Files` sees.
    public var files: [ChartFile]
    /// crds/** (Helm's CRDObjects).
    public var crdFiles: [ChartFile]
    /// Subcharts (charts/<dir> and charts/*.tgz).
    public var dependencies: [Chart]
    public weak var parent: Chart?
    /// The raw Chart.yaml, as Helm keeps it for `.Files`-less lookups (Raw is not exposed to templates).
    public var raw: [ChartFile]

    public init(metadata: ChartMetadata, values: GoMap = GoMap(), schema: [UInt8]? = nil,
                templates: [ChartFile] = [], files: [ChartFile] = [], crdFiles: [ChartFile] = [],
                dependencies: [Chart] = [], raw: [ChartFile] = []) {
        self.metadata = metadata
        self.values = values
        self.schema = schema
        self.templates = templates
        self.files = files
        self.crdFiles = crdFiles
        self.dependencies = dependencies
        self.raw = raw
    }

    public var name: String { metadata.name }
    public var isRoot: Bool { parent == nil }

    /// Helm's `ChartFullPath`: "parent/charts/sub", used in `# Source:` lines and template names.
    public var chartFullPath: String {
        guard let parent else { return name }
        return parent.chartFullPath + "/charts/" + name
    }

    /// Adds a subchart and links it back to this chart.
    public func addDependency(_ chart: Chart) {
        chart.parent = self
        dependencies.append(chart)
    }
}
