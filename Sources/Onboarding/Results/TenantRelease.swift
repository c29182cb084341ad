/// How a tenant's HelmRelease is rendered: what Flux's helm-controller would pass to Helm.
public struct TenantRelease: Equatable {
    public var releaseName: String
    public var namespace: String
    /// The chart directory the release's `spec.chart.spec.chart` resolves to.
    public var chartPath: String

    public init(releaseName: String, namespace: String, chartPath: String) {
        self.releaseName = releaseName
        self.namespace = namespace
        self.chartPath = chartPath
    }
}
