/// Rendering a tenant's HelmRelease through the injected renderer.
extension GitOpsRepository {
    /// Where a HelmRelease's chart name points: `<chartsDir>/<name>`. A name with path separators or dot
    /// components would escape the charts directory, so it is refused.
    func chartPath(for release: TenantHelmRelease, file: String) throws -> String {
        let name = release.chartName
        if name.contains("/") || name == "." || name == ".." {
            throw OnboardingError.invalidHelmRelease(
                file: file, reason: "spec.chart.spec.chart \(quoted(name)) must be a chart name, not a path")
        }
        let path = chartsPath + "/" + name
        guard isDirectory(path) || isRegularFile(path) else {
            throw OnboardingError.chartNotFound(chart: name, path: displayPath(path))
        }
        return path
    }

    /// Renders the release as Flux would; any renderer error becomes `renderFailed`.
    func render(_ release: TenantHelmRelease, tenantId: String, file: String) throws -> (TenantRelease, String) {
        let chart = try chartPath(for: release, file: file)
        let description = TenantRelease(releaseName: release.releaseName, namespace: release.namespace, chartPath: chart)
        do {
            let manifests = try renderer.render(chartPath: chart, releaseName: release.releaseName,
                                                namespace: release.namespace, values: release.values)
            return (description, manifests)
        } catch {
            throw OnboardingError.renderFailed(tenantId: tenantId, chartPath: displayPath(chart),
                                               message: String(describing: error))
        }
    }

    /// Applies planned changes, turning a failure into `OnboardingError.fileSystem`.
    func apply(_ changes: [FileChange]) throws {
        do {
            try FileTransaction(operations: fileOperations).apply(changes)
        } catch let failure as FileTransaction.Failure {
            throw OnboardingError.fileSystem(
                operation: failure.cause.operation, path: displayPath(failure.cause.path),
                message: failure.cause.message,
                rolledBack: failure.appliedBeforeFailure > 0 && failure.rollbackFailures.isEmpty,
                rollbackFailures: failure.rollbackFailures.map { "\($0.operation) \(displayPath($0.path)): \($0.message)" })
        }
    }
}
