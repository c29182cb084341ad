/// A tenant that was offboarded.
public struct OffboardingResult: Equatable {
    public var tenantId: String
    public var tier: String
    /// The removed tenant file, relative to the root.
    public var removedFile: String
    /// The tier's kustomization.yaml, when it listed the tenant and was edited.
    public var editedKustomizationFile: String?
    /// Every file written or removed, in order.
    public var changes: [ChangedFile]
}
