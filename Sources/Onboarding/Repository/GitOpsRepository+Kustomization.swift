import Foundation

/// Reading and editing a tier's kustomization.yaml, with its errors named after the file.
extension GitOpsRepository {
    /// Runs a textual edit of the kustomization whose bytes are `data`, mapping its errors to `kustomizationEdit`.
    func editKustomization<Result>(_ data: Data, file: String,
                                   _ edit: (KustomizationResources) throws -> Result) throws -> Result {
        guard let text = String(data: data, encoding: .utf8) else {
            throw OnboardingError.kustomizationEdit(file: file, reason: "not UTF-8 text")
        }
        do {
            return try edit(try KustomizationResources(text: text))
        } catch let error as KustomizationResources.EditError {
            throw OnboardingError.kustomizationEdit(file: file, reason: error.reason)
        }
    }

    /// The tier's listed resources, or nil when the tier has no kustomization.yaml.
    func kustomizationResources(tier: String) throws -> KustomizationResources? {
        let path = kustomizationPath(tier: tier)
        guard isRegularFile(path) else { return nil }
        return try editKustomization(try readData(path), file: displayPath(path)) { $0 }
    }
}
