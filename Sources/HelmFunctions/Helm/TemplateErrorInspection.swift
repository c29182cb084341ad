import GoTemplate

/// What Helm's functions need to know about an error of the template engine.
enum TemplateErrorInspection {
    /// Whether `error` came from parsing (as opposed to executing) a template.
    static func isParseError(_ error: Error) -> Bool {
        guard let templateError = error as? TemplateError else { return false }
        return templateError.kind == .parse
    }

    /// `error` itself, or the first error of type `E` among the errors it wraps.
    static func underlying<E: Error>(_ type: E.Type, of error: Error) -> E? {
        var current: Error? = error
        while let e = current {
            if let match = e as? E { return match }
            current = (e as? TemplateError)?.underlying
        }
        return nil
    }
}
