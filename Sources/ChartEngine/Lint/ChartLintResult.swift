/// The outcome of linting one chart path.
public struct ChartLintResult: Equatable, Sendable {
    /// The path as given on the command line.
    public var path: String
    public var messages: [LintMessage]
    /// Errors that stopped linting before any rule ran (no Chart.yaml, unreadable archive).
    public var loadErrors: [String]

    public init(path: String, messages: [LintMessage] = [], loadErrors: [String] = []) {
        self.path = path
        self.messages = messages
        self.loadErrors = loadErrors
    }

    /// Whether this chart counts as failed: an error (or, when `strict`, a warning), or a load error.
    public func failed(strict: Bool) -> Bool {
        let threshold: LintSeverity = strict ? .warning : .error
        return !loadErrors.isEmpty || messages.contains { $0.severity >= threshold }
    }

    /// Helm's `HasWarningsOrErrors`.
    public func hasWarningsOrErrors(strict: Bool) -> Bool {
        messages.contains { $0.severity > .info } || failed(strict: strict)
    }
}
