/// One lint finding: Helm's `support.Message`, printed as `[SEVERITY] path: text`.
public struct LintMessage: Equatable, Sendable, CustomStringConvertible {
    public var severity: LintSeverity
    /// The file or directory the finding is about (`Chart.yaml`, `templates/x.yaml`, the chart directory, or "").
    public var path: String
    public var text: String

    public init(severity: LintSeverity, path: String, text: String) {
        self.severity = severity
        self.path = path
        self.text = text
    }

    public var description: String { "[\(severity.label)] \(path): \(text)" }
}
