/// Masterminds/semver v3 constraints: `>=1.2.3 <2`, `^1.2`, `~1.2.3`, `1.2.x`, `*`, `a - b`, `||`, `,`.
struct SemverConstraints {
    struct ParseError: Error { var message: String }

    private struct Constraint {
        var version: SemverVersion
        var original: String
        var operatorText: String
        var minorDirty: Bool
        var patchDirty: Bool
        var dirty: Bool
    }

    private let alternatives: [[Constraint]]

    private static let cv = "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
        + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
        + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
    private static let ops = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^"
    private static let constraintRegex = GoRegex("^\\s*(\(ops))\\s*(\(cv))\\s*$")
    private static let rangeRegex = GoRegex("\\s*(\(cv))\\s+-\\s+(\(cv))\\s*")
    private static let findRegex = GoRegex("(\(ops))\\s*(\(cv))")
    private static let validRegex = GoRegex("^(\\s*(\(ops))\\s*(\(cv))\\s*)((?:\\s+|,\\s*)(\(ops))\\s*(\(cv))\\s*)*$")

    /// `semver.NewConstraint`.
    init(_ text: String) throws {
        var rewritten = text
        // `1.2 - 1.4` becomes `>= 1.2, <= 1.4`.
        for m in SemverConstraints.rangeRegex.allSubmatches(text) where m.count > 11 {
            if let range = rewritten.range(of: m[0]) {
                rewritten.replaceSubrange(range, with: ">= \(m[1]), <= \(m[11])")
            }
        }
        var alternatives: [[Constraint]] = []
        for part in rewritten.components(separatedBy: "||") {
            guard SemverConstraints.validRegex.matches(part) else {
                throw ParseError(message: "improper constraint: " + part)
            }
            var found = SemverConstraints.findRegex.allSubmatches(part).map { $0[0] }
            if found.isEmpty { found = [part] }
            alternatives.append(try found.map(SemverConstraints.parseConstraint))
        }
        self.alternatives = alternatives
    }

    private static func parseConstraint(_ text: String) throws -> Constraint {
        guard let m = constraintRegex.firstSubmatches(text), m.count > 7 else {
            throw ParseError(message: "improper constraint: " + text)
        }
        func isX(_ s: String) -> Bool { s == "x" || s == "X" || s == "*" }
        func trimDot(_ s: String) -> String { s.hasPrefix(".") ? String(s.dropFirst()) : s }
        var versionText = m[2]
        var minorDirty = false, patchDirty = false, dirty = false
        // m[3] major, m[4] ".minor", m[5] ".patch", m[6] "-prerelease".
        if isX(m[3]) || m[3].isEmpty {
            versionText = "0.0.0" + m[6]
            dirty = true
        } else if isX(trimDot(m[4])) || m[4].isEmpty {
            minorDirty = true
            dirty = true
            versionText = m[3] + ".0.0" + m[6]
        } else if isX(trimDot(m[5])) || m[5].isEmpty {
            dirty = true
            patchDirty = true
            versionText = m[3] + m[4] + ".0" + m[6]
        }
        guard let version = try? SemverVersion.parse(versionText) else {
            throw ParseError(message: "constraint Parser Error")
        }
        return Constraint(version: version, original: m[2], operatorText: m[1], minorDirty: minorDirty,
                          patchDirty: patchDirty, dirty: dirty)
    }

    /// `Constraints.Check`: any alternative whose constraints all hold.
    func check(_ v: SemverVersion) -> Bool {
        alternatives.contains { group in group.allSatisfy { SemverConstraints.holds($0, v) } }
    }

    private static func holds(_ c: Constraint, _ v: SemverVersion) -> Bool {
        // A prerelease only satisfies constraints that themselves name a prerelease.
        let excludedPrerelease = !v.prerelease.isEmpty && c.version.prerelease.isEmpty
        switch c.operatorText {
        case "", "=":
            if excludedPrerelease { return false }
            if c.dirty { return tilde(c, v) }
            return v.compare(c.version) == 0
        case "!=": return notEqual(c, v)
        case ">":
            if excludedPrerelease { return false }
            if !c.dirty { return v.compare(c.version) == 1 }
            if v.major > c.version.major { return true }
            if v.major < c.version.major { return false }
            if c.minorDirty { return false }
            if c.patchDirty { return v.minor > c.version.minor }
            return v.compare(c.version) == 1
        case "<":
            if excludedPrerelease { return false }
            return v.compare(c.version) < 0
        case ">=", "=>":
            if excludedPrerelease { return false }
            return v.compare(c.version) >= 0
        case "<=", "=<":
            if excludedPrerelease { return false }
            if !c.dirty { return v.compare(c.version) <= 0 }
            if v.major > c.version.major { return false }
            if v.major == c.version.major && v.minor > c.version.minor && !c.minorDirty { return false }
            return true
        case "~", "~>": return tilde(c, v)
        case "^": return caret(c, v)
        default: return false
        }
    }

    private static func notEqual(_ c: Constraint, _ v: SemverVersion) -> Bool {
        if c.dirty {
            if !v.prerelease.isEmpty && c.version.prerelease.isEmpty { return false }
            if c.version.major != v.major { return true }
            if c.version.minor != v.minor && !c.minorDirty { return true }
            if c.minorDirty { return false }
            if c.version.patch != v.patch && !c.patchDirty { return true }
            if c.patchDirty {
                if !v.prerelease.isEmpty || !c.version.prerelease.isEmpty {
                    return comparePrereleaseOnly(v.prerelease, c.version.prerelease) != 0
                }
                return false
            }
        }
        return v.compare(c.version) != 0
    }

    private static func comparePrereleaseOnly(_ a: String, _ b: String) -> Int {
        let x = SemverVersion(major: 0, minor: 0, patch: 0, prerelease: a, metadata: "", original: "")
        let y = SemverVersion(major: 0, minor: 0, patch: 0, prerelease: b, metadata: "", original: "")
        if a.isEmpty || b.isEmpty { return a == b ? 0 : 1 }
        return x.compare(y)
    }

    private static func tilde(_ c: Constraint, _ v: SemverVersion) -> Bool {
        if !v.prerelease.isEmpty && c.version.prerelease.isEmpty { return false }
        if v.compare(c.version) < 0 { return false }
        if c.version.major == 0 && c.version.minor == 0 && c.version.patch == 0 && !c.minorDirty && !c.patchDirty {
            return true
        }
        if v.major != c.version.major { return false }
        if v.minor != c.version.minor && !c.minorDirty { return false }
        return true
    }

    private static func caret(_ c: Constraint, _ v: SemverVersion) -> Bool {
        if !v.prerelease.isEmpty && c.version.prerelease.isEmpty { return false }
        if v.compare(c.version) < 0 { return false }
        if c.version.major > 0 || c.minorDirty { return v.major == c.version.major }
        if c.version.major == 0 && v.major > 0 { return false }
        if c.version.minor > 0 || c.patchDirty { return v.minor == c.version.minor }
        if c.version.minor == 0 && v.minor > 0 { return false }
        return c.version.patch == v.patch
    }
}
