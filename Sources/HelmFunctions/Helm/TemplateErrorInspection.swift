import GoTemplate

/// What Helm's functions need to know about an error of the template engine.
enum TemplateErrorInspection {
    /// Whether `error` came from parsing (as opposed to executing) a template.
    static func isParseError(_ error: Error) -> Bool {
        guard let templateError = error as? TemplateError else { return false }
        return templateError.kind == .parse
    }
}
