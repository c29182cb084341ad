import Foundation

extension GitOpsRepository {
    /// Offboards a tenant: removes its entry from the tier's kustomization.yaml (restoring `resources: []`
    /// when it was the last) and deletes its file; nothing else changes. The kustomization is edited first
    /// so that Flux never lists a missing file; if the deletion then fails, the edit is undone.
    public func offboard(tenantId: String) throws -> OffboardingResult {
        let (tier, tenantFile) = try onboardedTenantFile(tenantId: tenantId)
        let tenantData = try readData(tenantFile)
        let kustomizationPath = kustomizationPath(tier: tier)
        let kustomizationName = displayPath(kustomizationPath)

        var plan: [FileChange] = []
        var changes: [ChangedFile] = []
        if isRegularFile(kustomizationPath) {
            let original = try readData(kustomizationPath)
            let edited = try editKustomization(original, file: kustomizationName) {
                try $0.removing(tenantFileName(tenantId))
            }
            if let edited {
                plan.append(FileChange(path: kustomizationPath, action: .replace(Data(edited.utf8), original: original)))
                changes.append(ChangedFile(path: kustomizationName, change: .modified))
            }
        }
        plan.append(FileChange(path: tenantFile, action: .remove(original: tenantData)))
        changes.append(ChangedFile(path: displayPath(tenantFile), change: .removed))

        try apply(plan)
        return OffboardingResult(tenantId: tenantId, tier: tier, removedFile: displayPath(tenantFile),
                                 editedKustomizationFile: plan.count > 1 ? kustomizationName : nil, changes: changes)
    }
}
