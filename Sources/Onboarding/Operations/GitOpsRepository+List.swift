extension GitOpsRepository {
    /// Every onboarded tenant: each `<tenant>.yaml` holding a HelmRelease in a tier directory, by tier
    /// then tenant (byte order). Files that are not tenants (no HelmRelease) are skipped; a file that is
    /// not valid YAML is an error naming it.
    public func list() throws -> [TenantEntry] {
        var entries: [TenantEntry] = []
        for tier in try tierDirectories() {
            let listed = try kustomizationResources(tier: tier)
            for name in try directoryEntries(tierPath(tier)) where name.hasSuffix(Self.tenantFileExtension) {
                guard name != Self.kustomizationFileName else { continue }
                let path = tierPath(tier) + "/" + name
                guard isRegularFile(path) else { continue }
                let file = displayPath(path)
                let documents = try parseYAML(try readText(path), file: file)
                guard documents.contains(where: { $0.mapValue?["kind"]?.stringValue == TenantHelmRelease.kind }) else {
                    continue
                }
                let release = try TenantHelmRelease(documents: documents, file: file)
                entries.append(TenantEntry(
                    tenantId: String(name.dropLast(Self.tenantFileExtension.count)), tier: tier,
                    releaseVersion: release.chartVersion.map(Self.releaseVersion(fromConstraint:)),
                    file: file, isListedInKustomization: listed?.contains(name) ?? false))
            }
        }
        return entries
    }

    /// `"0.0.x"` → `"0.0"`: the templates write the version constraint as `"{RELEASE_VERSION}.x"`.
    static func releaseVersion(fromConstraint constraint: String) -> String {
        constraint.hasSuffix(".x") ? String(constraint.dropLast(2)) : constraint
    }
}
