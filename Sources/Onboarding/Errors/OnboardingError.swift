import Foundation

/// Why an onboarding, offboarding, preview or listing did not happen. Every case names its cause and the
/// file involved; when one is thrown the GitOps tree is as it was before the call.
public enum OnboardingError: Error, Equatable {
    /// The tenant id is not a DNS-1123 label (it becomes a namespace and a file name).
    case invalidTenantId(String, reason: String)
    /// The release version would not make a valid chart version constraint.
    case invalidReleaseVersion(String, reason: String)
    /// No `<tier>_tenant_template.yaml` exists for the tier.
    case unknownTier(String, knownTiers: [String])
    /// The tier has a template but no `tenants/<tier>/kustomization.yaml` to list tenants in.
    case tierKustomizationMissing(tier: String, path: String)
    /// A file for the tenant already exists (in this or another tier).
    case tenantAlreadyOnboarded(tenantId: String, existingFile: String)
    /// No tier holds a file for the tenant.
    case tenantNotFound(String)
    /// More than one tier holds a file for the tenant; which one to act on is not guessed.
    case tenantInSeveralTiers(tenantId: String, files: [String])
    /// A `{PLACEHOLDER}` token survived substitution.
    case unreplacedPlaceholder(String, template: String, line: Int)
    /// The substituted template (or a tenant file) is not valid YAML.
    case invalidYAML(file: String, message: String)
    /// The file does not hold exactly one usable Flux HelmRelease.
    case invalidHelmRelease(file: String, reason: String)
    /// The HelmRelease's chart cannot be found under the charts directory.
    case chartNotFound(chart: String, path: String)
    /// The chart did not render with the tenant's values (including values.schema.json failures).
    case renderFailed(tenantId: String, chartPath: String, message: String)
    /// The tier's kustomization.yaml cannot be edited as asked.
    case kustomizationEdit(file: String, reason: String)
    /// Reading, writing or removing a file failed. `rolledBack` tells whether earlier writes of the same
    /// operation were undone (false means the tree may be partly changed: see `rollbackFailures`).
    case fileSystem(operation: String, path: String, message: String, rolledBack: Bool, rollbackFailures: [String])
}

extension OnboardingError: CustomStringConvertible, LocalizedError {
    public var description: String {
        switch self {
        case let .invalidTenantId(id, reason):
            return "invalid tenant_id \(quoted(id)): \(reason)"
        case let .invalidReleaseVersion(version, reason):
            return "invalid release_version \(quoted(version)): \(reason)"
        case let .unknownTier(tier, known):
            let list = known.isEmpty ? "none" : known.joined(separator: ", ")
            return "unknown tier \(quoted(tier)) (known tiers: \(list))"
        case let .tierKustomizationMissing(tier, path):
            return "tier \(quoted(tier)) has a template but no kustomization at \(path)"
        case let .tenantAlreadyOnboarded(id, file):
            return "tenant \(quoted(id)) is already onboarded: \(file) exists"
        case let .tenantNotFound(id):
            return "tenant \(quoted(id)) is not onboarded in any tier"
        case let .tenantInSeveralTiers(id, files):
            return "tenant \(quoted(id)) has files in several tiers: \(files.joined(separator: ", "))"
        case let .unreplacedPlaceholder(token, template, line):
            return "\(template):\(line): placeholder \(token) is left unreplaced after substitution"
        case let .invalidYAML(file, message):
            return "\(file) is not valid YAML: \(message)"
        case let .invalidHelmRelease(file, reason):
            return "\(file): \(reason)"
        case let .chartNotFound(chart, path):
            return "chart \(quoted(chart)) not found at \(path)"
        case let .renderFailed(id, chartPath, message):
            return "tenant \(quoted(id)) does not render with chart \(chartPath): \(message)"
        case let .kustomizationEdit(file, reason):
            return "cannot edit \(file): \(reason)"
        case let .fileSystem(operation, path, message, rolledBack, failures):
            var text = "cannot \(operation) \(path): \(message)"
            if rolledBack {
                text += " (earlier changes were rolled back)"
            } else if !failures.isEmpty {
                text += "; rollback failed, the tree may be partly changed: " + failures.joined(separator: "; ")
            }
            return text
        }
    }

    public var errorDescription: String? { description }
}

/// Go-style double quoting for names in messages, so empty and odd strings stay visible.
func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
