/// Helm's `.helmignore` rules (`pkg/ignore/rules.go`): evaluated in order, first match wins; a `!` rule
/// stops evaluation when the path does not match it.
struct HelmIgnoreRules {
    private struct Pattern {
        enum Kind {
            /// Leading "/": matched against the whole path from the chart root.
            case rooted
            /// Contains "/": matched against the whole path.
            case structural
            /// No "/": matched against the last path element only.
            case baseName
        }
        var rule: String
        var kind: Kind
        var negate: Bool
        var mustBeDirectory: Bool
    }

    private var patterns: [Pattern] = []

    static let fileName = ".helmignore"

    init() {}

    /// Parses a .helmignore file. Errors have Helm's text.
    init(parsing text: String) throws {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rule = String(line)
            if rule.hasSuffix("\r") { rule.removeLast() }
            try addRule(rule)
        }
    }

    /// `AddDefaults`: dotfiles in templates/ are ignored.
    mutating func addDefaults() {
        try? addRule("templates/.?*")
    }

    private mutating func addRule(_ raw: String) throws {
        var rule = raw.trimmingSpaces
        if rule.isEmpty || rule.hasPrefix("#") { return }
        if rule.contains("**") {
            throw ChartError("double-star (**) syntax is not supported")
        }
        if GoPathMatch.match(rule, "abc") == nil {
            throw ChartError("syntax error in pattern")
        }
        var negate = false
        if rule.hasPrefix("!") {
            negate = true
            rule.removeFirst()
        }
        var mustBeDirectory = false
        if rule.hasSuffix("/") {
            mustBeDirectory = true
            rule.removeLast()
        }
        let kind: Pattern.Kind
        if rule.hasPrefix("/") {
            kind = .rooted
            rule.removeFirst()
        } else if rule.contains("/") {
            kind = .structural
        } else {
            kind = .baseName
        }
        patterns.append(Pattern(rule: rule, kind: kind, negate: negate, mustBeDirectory: mustBeDirectory))
    }

    /// Whether `path` (relative, "/"-separated) is ignored.
    func ignores(_ path: String, isDirectory: Bool) -> Bool {
        if path.isEmpty || path == "." || path == "./" { return false }
        for pattern in patterns {
            let matches: Bool
            switch pattern.kind {
            case .rooted, .structural:
                matches = GoPathMatch.match(pattern.rule, path) ?? false
            case .baseName:
                let base = path.split(separator: "/").last.map(String.init) ?? path
                matches = GoPathMatch.match(pattern.rule, base) ?? false
            }
            if pattern.negate {
                if pattern.mustBeDirectory && !isDirectory { return true }
                if !matches { return true }
                continue
            }
            if pattern.mustBeDirectory && !isDirectory { continue }
            if matches { return true }
        }
        return false
    }
}
