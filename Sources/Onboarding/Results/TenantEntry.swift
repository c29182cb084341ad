/// An onboarded tenant, as `list()` finds it.
public struct TenantEntry: Equatable {
    public var tenantId: String
    public var tier: String
    /// The chart version constraint without its `.x` wildcard (`"0.0.x"` → `"0.0"`), i.e. the
    /// `release_version` the tenant was onboarded with; nil when the HelmRelease pins no version.
    public var releaseVersion: String?
    /// The tenant file, relative to the root.
    public var file: String
    /// Whether the tier's kustomization.yaml lists the file (only listed tenants are applied by Flux).
    public var isListedInKustomization: Bool

    public init(tenantId: String, tier: String, releaseVersion: String?, file: String, isListedInKustomization: Bool) {
        self.tenantId = tenantId
        self.tier = tier
        self.releaseVersion = releaseVersion
        self.file = file
        self.isListedInKustomization = isListedInKustomization
    }
}
