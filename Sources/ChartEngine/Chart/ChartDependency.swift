import GoTemplate

/// One entry of Chart.yaml's `dependencies` (or v1 requirements.yaml), Helm's `chart.Dependency`.
public struct ChartDependency {
    public var name: String
    public var version: String?
    public var repository: String?
    public var condition: String?
    public var tags: [String]
    /// Set by dependency processing from `condition` and `tags`; true until then.
    public var enabled: Bool
    /// Each element is a string (`"data"`) or a map with `child` and `parent`.
    public var importValues: [Value]
    public var alias: String?

    public init(name: String, version: String? = nil, repository: String? = nil, condition: String? = nil,
                tags: [String] = [], enabled: Bool = true, importValues: [Value] = [], alias: String? = nil) {
        self.name = name
        self.version = version
        self.repository = repository
        self.condition = condition
        self.tags = tags
        self.enabled = enabled
        self.importValues = importValues
        self.alias = alias
    }
}
