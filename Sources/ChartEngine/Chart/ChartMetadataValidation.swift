/// Helm's `Metadata.Validate` (run by the loader): sanitizes strings and checks required fields.
extension ChartMetadata {
    mutating func validate() throws {
        name = Self.sanitize(name)
        description = Self.sanitize(description)
        home = Self.sanitize(home)
        icon = Self.sanitize(icon)
        condition = Self.sanitize(condition)
        tags = Self.sanitize(tags)
        appVersion = Self.sanitize(appVersion)
        kubeVersion = Self.sanitize(kubeVersion)
        sources = sources.map(Self.sanitize)
        keywords = keywords.map(Self.sanitize)

        if apiVersion.isEmpty { throw ChartError("validation: chart.metadata.apiVersion is required") }
        if name.isEmpty { throw ChartError("validation: chart.metadata.name is required") }
        if name != Self.goBase(name) {
            throw ChartError("validation: chart.metadata.name \(goQuoted(name)) is invalid")
        }
        if version.isEmpty { throw ChartError("validation: chart.metadata.version is required") }
        if SemanticVersion(parsing: version) == nil {
            throw ChartError("validation: chart.metadata.version \(goQuoted(version)) is invalid")
        }
        if !["", "application", "library"].contains(type) {
            throw ChartError("validation: chart.metadata.type must be application or library")
        }
        if hasNullMaintainer { throw ChartError("validation: maintainers must not contain empty or null nodes") }
        maintainers = maintainers.map { m in
            ChartMaintainer(name: m.name.map(Self.sanitize), email: m.email.map(Self.sanitize), url: m.url.map(Self.sanitize))
        }
        if hasNullDependency { throw ChartError("validation: dependencies must not contain empty or null nodes") }
        var seen = Set<String>()
        for i in dependencies.indices {
            dependencies[i].name = Self.sanitize(dependencies[i].name)
            dependencies[i].version = dependencies[i].version.map(Self.sanitize)
            dependencies[i].repository = dependencies[i].repository.map(Self.sanitize)
            dependencies[i].condition = dependencies[i].condition.map(Self.sanitize)
            dependencies[i].tags = dependencies[i].tags.map(Self.sanitize)
            let dependency = dependencies[i]
            if let alias = dependency.alias, !alias.isEmpty, !Self.isValidAlias(alias) {
                throw ChartError("validation: dependency \(goQuoted(dependency.name)) has disallowed characters in the alias")
            }
            let key = (dependency.alias?.isEmpty ?? true) ? dependency.name : (dependency.alias ?? dependency.name)
            if seen.contains(key) {
                throw ChartError("validation: more than one dependency with name or alias \(goQuoted(key))")
            }
            seen.insert(key)
        }
    }

    /// `sanitizeString`: white space becomes " ", non-printable characters are dropped.
    static func sanitize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c.properties.isWhitespace {
                out.append(" ")
            } else if isPrintable(c) {
                out.append(c)
            }
        }
        return String(out)
    }

    /// Go's `unicode.IsPrint` (letters, marks, numbers, punctuation, symbols and U+0020).
    private static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Go's `filepath.Base`.
    static func goBase(_ path: String) -> String {
        if path.isEmpty { return "." }
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed == "/" { return "/" }
        if let slash = trimmed.lastIndex(of: "/") { return String(trimmed[trimmed.index(after: slash)...]) }
        return String(trimmed)
    }

    /// `^[a-zA-Z0-9_-]+$`
    static func isValidAlias(_ alias: String) -> Bool {
        !alias.isEmpty && alias.unicodeScalars.allSatisfy { c in
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-"
        }
    }
}
