/// Options of a template set (Go's `Template.Option`).
public struct TemplateOptions {
    /// Go's `missingkey=default|zero|error`: what a missing map key yields. Helm uses `.zero`
    /// (`.error` in strict mode).
    public enum MissingKey { case invalid, zero, error }
    public var missingKey: MissingKey

    public init(missingKey: MissingKey = .invalid) {
        self.missingKey = missingKey
    }
}
