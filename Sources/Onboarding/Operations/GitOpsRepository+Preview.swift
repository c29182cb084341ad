extension GitOpsRepository {
    /// The manifests Flux would apply for an onboarded tenant: its chart rendered with the release name,
    /// target namespace and values of the tenant file's HelmRelease.
    public func preview(tenantId: String) throws -> String {
        try previewRelease(tenantId: tenantId).manifests
    }

    /// `preview`, together with how the release was rendered.
    public func previewRelease(tenantId: String) throws -> (release: TenantRelease, manifests: String) {
        let (_, path) = try onboardedTenantFile(tenantId: tenantId)
        return try renderTenantFile(at: path, tenantId: tenantId)
    }

    /// Parses a tenant file's HelmRelease and renders it: the one step `preview` and `renderAll` share.
    func renderTenantFile(at path: String, tenantId: String) throws -> (release: TenantRelease, manifests: String) {
        let file = displayPath(path)
        let helmRelease = try TenantHelmRelease(documents: try parseYAML(try readText(path), file: file), file: file)
        return try render(helmRelease, tenantId: tenantId, file: file)
    }
}
