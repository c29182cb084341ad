/// A tier's tenant template (`tier-templates/<tier>_tenant_template.yaml`): YAML text with `{TENANT_ID}`
/// and `{RELEASE_VERSION}` placeholders, replaced textually exactly as the workshop's workflow does.
struct TierTemplate {
    static let tenantIdPlaceholder = "{TENANT_ID}"
    static let releaseVersionPlaceholder = "{RELEASE_VERSION}"

    var text: String

    /// The tenant file's content for `request`.
    func substituted(for request: OnboardingRequest) -> String {
        text.replacingOccurrences(of: Self.tenantIdPlaceholder, with: request.tenantId)
            .replacingOccurrences(of: Self.releaseVersionPlaceholder, with: request.releaseVersion)
    }
}
