/// Helm's `support.Linter`: the findings of one chart, in the order the rules ran.
struct LintFindings {
    private(set) var messages: [LintMessage] = []

    /// Records `failure` (if any) and reports whether the rule passed, so that rules can stop early
    /// exactly where Helm's `RunLinterRule` guards do.
    @discardableResult
    mutating func check(_ severity: LintSeverity, _ path: String, _ failure: String?) -> Bool {
        guard let failure else { return true }
        messages.append(LintMessage(severity: severity, path: path, text: failure))
        return false
    }
}
