import GoTemplate
@testable import Onboarding

/// Records what it is asked to render and returns a small fake manifest, or the error `failure` returns.
final class FakeTenantChartRenderer: TenantChartRenderer {
    struct Call {
        var chartPath: String
        var releaseName: String
        var namespace: String
        var values: GoMap
    }

    struct RenderError: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var calls: [Call] = []
    /// Decides, per call, whether rendering fails (like a schema or template error would).
    var failure: (Call) -> Error? = { _ in nil }

    func render(chartPath: String, releaseName: String, namespace: String, values: GoMap) throws -> String {
        let call = Call(chartPath: chartPath, releaseName: releaseName, namespace: namespace, values: values)
        calls.append(call)
        if let error = failure(call) { throw error }
        return Self.manifest(releaseName: releaseName, namespace: namespace, values: values)
    }

    /// The fake manifest for a release: enough to check what was passed.
    static func manifest(releaseName: String, namespace: String, values: GoMap) -> String {
        let tenantId = values["tenantId"]?.stringValue ?? "<none>"
        return "---\n# Source: helm-tenant-chart/templates/fake.yaml\n"
            + "# release=\(releaseName) namespace=\(namespace) tenantId=\(tenantId)\n"
    }
}
