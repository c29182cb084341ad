import Foundation

extension GitOpsRepository {
    /// Onboards a tenant: fills in the tier's template, checks that it is valid YAML with one HelmRelease
    /// whose chart renders with its values, then writes `tenants/<tier>/<tenant>.yaml` and lists it in the
    /// tier's kustomization.yaml. Every check runs before the first write; if the second write fails the
    /// first is undone. On any error the tree is unchanged.
    public func onboard(_ request: OnboardingRequest) throws -> OnboardingResult {
        try validateTenantId(request.tenantId)
        if let reason = ReleaseVersion.violation(in: request.releaseVersion) {
            throw OnboardingError.invalidReleaseVersion(request.releaseVersion, reason: reason)
        }
        let tiers = try knownTiers()
        guard tiers.contains(request.tier) else {
            throw OnboardingError.unknownTier(request.tier, knownTiers: tiers)
        }
        let kustomizationPath = kustomizationPath(tier: request.tier)
        guard isRegularFile(kustomizationPath) else {
            throw OnboardingError.tierKustomizationMissing(tier: request.tier, path: displayPath(kustomizationPath))
        }
        if let existing = try existingTenantFiles(tenantId: request.tenantId).first {
            throw OnboardingError.tenantAlreadyOnboarded(tenantId: request.tenantId, existingFile: displayPath(existing.path))
        }

        let templatePath = templatePath(tier: request.tier)
        let templateName = displayPath(templatePath)
        let tenantText = TierTemplate(text: try readText(templatePath)).substituted(for: request)
        if let placeholder = PlaceholderOccurrence.first(in: tenantText) {
            throw OnboardingError.unreplacedPlaceholder(placeholder.token, template: templateName, line: placeholder.line)
        }
        let documents = try parseYAML(tenantText, file: templateName + " (for tenant \(request.tenantId))")
        let helmRelease = try TenantHelmRelease(documents: documents, file: templateName)
        let (release, manifests) = try render(helmRelease, tenantId: request.tenantId, file: templateName)

        let kustomizationName = displayPath(kustomizationPath)
        let kustomizationData = try readData(kustomizationPath)
        let tenantFile = tenantFilePath(tenantId: request.tenantId, tier: request.tier)
        let editedKustomization = try editKustomization(kustomizationData, file: kustomizationName) {
            try $0.adding(tenantFileName(request.tenantId))
        }

        // The tenant file first: until the kustomization lists it, Flux ignores it.
        try apply([
            FileChange(path: tenantFile, action: .create(Data(tenantText.utf8))),
            FileChange(path: kustomizationPath, action: .replace(Data(editedKustomization.utf8), original: kustomizationData)),
        ])
        return OnboardingResult(
            request: request, tenantFile: displayPath(tenantFile), kustomizationFile: kustomizationName,
            release: release, renderedManifests: manifests,
            changes: [ChangedFile(path: displayPath(tenantFile), change: .created),
                      ChangedFile(path: kustomizationName, change: .modified)])
    }
}
