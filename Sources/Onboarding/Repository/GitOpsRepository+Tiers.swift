/// Tiers and the tenant files in them.
extension GitOpsRepository {
    /// Tiers that have a `<tier>_tenant_template.yaml`, sorted.
    public func knownTiers() throws -> [String] {
        try directoryEntries(templatesPath)
            .filter { $0.hasSuffix(Self.templateSuffix) && $0.count > Self.templateSuffix.count }
            .map { String($0.dropLast(Self.templateSuffix.count)) }
            .filter { isRegularFile(templatePath(tier: $0)) }
    }

    /// Every directory under the tenants directory: a tenant file in any of them counts as onboarded.
    func tierDirectories() throws -> [String] {
        try directoryEntries(tenantsPath).filter { isDirectory(tierPath($0)) }
    }

    /// The tenant's files, one per tier directory that holds one (normally zero or one).
    func existingTenantFiles(tenantId: String) throws -> [(tier: String, path: String)] {
        try tierDirectories().compactMap { tier in
            let path = tenantFilePath(tenantId: tenantId, tier: tier)
            return isRegularFile(path) ? (tier, path) : nil
        }
    }

    /// The single file of an onboarded tenant.
    func onboardedTenantFile(tenantId: String) throws -> (tier: String, path: String) {
        try validateTenantId(tenantId)
        let files = try existingTenantFiles(tenantId: tenantId)
        guard let file = files.first else { throw OnboardingError.tenantNotFound(tenantId) }
        guard files.count == 1 else {
            throw OnboardingError.tenantInSeveralTiers(tenantId: tenantId, files: files.map { displayPath($0.path) })
        }
        return file
    }

    func validateTenantId(_ tenantId: String) throws {
        if let reason = DNS1123Label.violation(in: tenantId) {
            throw OnboardingError.invalidTenantId(tenantId, reason: reason)
        }
    }
}
