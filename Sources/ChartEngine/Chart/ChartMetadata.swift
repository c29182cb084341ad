import GoTemplate

/// Chart.yaml, as Helm's `chart.Metadata` holds it.
public struct ChartMetadata {
    public var apiVersion: String
    public var name: String
    public var version: String
    public var kubeVersion: String
    public var description: String
    public var type: String
    public var keywords: [String]
    public var home: String
    public var sources: [String]
    public var dependencies: [ChartDependency]
    public var maintainers: [ChartMaintainer]
    public var icon: String
    public var appVersion: String
    public var deprecated: Bool
    public var annotations: [String: String]
    /// Chart.yaml's `condition` and `tags` (v1 charts; still part of Helm's Metadata).
    public var condition: String
    public var tags: String
    /// Chart.yaml listed a null maintainer / dependency (Helm rejects these when validating).
    var hasNullMaintainer = false
    var hasNullDependency = false
    /// Chart.yaml (or requirements.yaml) has a non-null `dependencies` list; Helm skips dependency
    /// processing for a chart whose list is nil.
    public var declaresDependencies = false

    public init(apiVersion: String = "", name: String = "", version: String = "", kubeVersion: String = "",
                description: String = "", type: String = "", keywords: [String] = [], home: String = "",
                sources: [String] = [], dependencies: [ChartDependency] = [], maintainers: [ChartMaintainer] = [],
                icon: String = "", appVersion: String = "", deprecated: Bool = false,
                annotations: [String: String] = [:], condition: String = "", tags: String = "") {
        self.apiVersion = apiVersion
        self.name = name
        self.version = version
        self.kubeVersion = kubeVersion
        self.description = description
        self.type = type
        self.keywords = keywords
        self.home = home
        self.sources = sources
        self.dependencies = dependencies
        self.maintainers = maintainers
        self.icon = icon
        self.appVersion = appVersion
        self.deprecated = deprecated
        self.annotations = annotations
        self.condition = condition
        self.tags = tags
    }

    public var isLibrary: Bool { type == "library" }
}
