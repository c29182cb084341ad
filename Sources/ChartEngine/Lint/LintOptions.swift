/// The flags of `helm lint`.
public struct LintOptions {
    public var chartPaths: [String]
    public var values: ValuesOptions
    /// `--strict`: warnings fail the chart too.
    public var strict: Bool
    /// `--quiet`: only charts with warnings or errors, and no INFO lines.
    public var quiet: Bool
    /// `--with-subcharts`: also lint every chart found under each path's charts/ directory.
    public var withSubcharts: Bool
    public var skipSchemaValidation: Bool
    public var kubeVersion: String?
    public var namespace: String

    public init(chartPaths: [String] = [], values: ValuesOptions = ValuesOptions(), strict: Bool = false,
                quiet: Bool = false, withSubcharts: Bool = false, skipSchemaValidation: Bool = false,
                kubeVersion: String? = nil, namespace: String = "default") {
        self.chartPaths = chartPaths
        self.values = values
        self.strict = strict
        self.quiet = quiet
        self.withSubcharts = withSubcharts
        self.skipSchemaValidation = skipSchemaValidation
        self.kubeVersion = kubeVersion
        self.namespace = namespace
    }
}
