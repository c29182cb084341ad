import GoTemplate

/// Renders a tenant's chart as `helm template` would: the chart at `chartPath`, released as `releaseName`
/// into `namespace`, with `values` from the tenant's HelmRelease. Implementations validate the values
/// against the chart's values.schema.json and throw a descriptive error when the chart does not render.
public protocol TenantChartRenderer {
    func render(chartPath: String, releaseName: String, namespace: String, values: GoMap) throws -> String
}
