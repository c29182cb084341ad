import ChartEngine
import Foundation
import GoTemplate

/// The production `TenantChartRenderer`: renders through the chart engine exactly as `helm template` does
/// (schema validation included). Each chart is loaded and parsed once and reused for every tenant, so
/// previewing or rendering a whole fleet pays the chart's cost once.
public final class ChartEngineTenantRenderer: TenantChartRenderer, @unchecked Sendable {
    private var renderers: [String: ChartRenderer] = [:]
    private let lock = NSLock()
    private let environment: RenderEnvironment

    public init(environment: RenderEnvironment = .live) {
        self.environment = environment
    }

    public func render(chartPath: String, releaseName: String, namespace: String, values: GoMap) throws -> String {
        let renderer = try self.renderer(for: chartPath)
        let request = RenderRequest(release: ReleaseOptions(name: releaseName, namespace: namespace), values: values)
        do {
            return try renderer.renderText(request, output: TemplateOutputOptions()).stdout
        } catch let error as RenderError {
            throw TenantRenderFailure(message: error.message)
        }
    }

    private func renderer(for chartPath: String) throws -> ChartRenderer {
        lock.lock()
        defer { lock.unlock() }
        if let cached = renderers[chartPath] { return cached }
        let renderer = try ChartRenderer(chartPath: chartPath, environment: environment)
        renderers[chartPath] = renderer
        return renderer
    }
}

/// A chart that does not render for a tenant, with Helm's message (e.g. the schema violation).
public struct TenantRenderFailure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
