/// A tenant that was onboarded: its files and the manifests its chart rendered to before they were written.
public struct OnboardingResult: Equatable {
    public var request: OnboardingRequest
    /// The new tenant file (`tenants/<tier>/<tenant>.yaml`), relative to the root.
    public var tenantFile: String
    /// The tier's kustomization.yaml that now lists the tenant, relative to the root.
    public var kustomizationFile: String
    public var release: TenantRelease
    /// What the chart rendered to (the check that passed before anything was written).
    public var renderedManifests: String
    /// Every file written, in the order it was written.
    public var changes: [ChangedFile]
}
