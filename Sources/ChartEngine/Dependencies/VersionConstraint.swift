/// A Masterminds/semver v3 constraint (`~1.2`, `^0.1.0`, `>=1 <2`, `1.x`, `a || b`), enough for Helm's
/// `IsCompatibleRange`. An unparsable constraint matches nothing, as Helm treats the error.
struct VersionConstraint {
    private struct Bound {
        var op: String
        var version: SemanticVersion
        /// Which parts were wildcards or missing: 0 none, 1 patch, 2 minor+patch, 3 all.
        var wildcardDepth: Int
        var hasPrerelease: Bool
    }

    private var alternatives: [[Bound]] = []

    init?(parsing text: String) {
        for alternative in text.components(separatedByString: "||") {
            var bounds: [Bound] = []
            var tokens = alternative.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            // Hyphen ranges: "1.2 - 1.4"
            var i = 0
            var joined: [String] = []
            while i < tokens.count {
                if i + 2 < tokens.count, tokens[i + 1] == "-" {
                    joined.append(">=" + tokens[i])
                    joined.append("<=" + tokens[i + 2])
                    i += 3
                } else {
                    joined.append(tokens[i])
                    i += 1
                }
            }
            tokens = joined
            // An operator written apart from its version (">= 1.2").
            var merged: [String] = []
            for token in tokens {
                if let last = merged.last, Self.operators.contains(last) {
                    merged[merged.count - 1] = last + token
                } else {
                    merged.append(token)
                }
            }
            guard !merged.isEmpty else { return nil }
            for token in merged {
                guard let bound = Self.parseBound(token) else { return nil }
                bounds.append(bound)
            }
            alternatives.append(bounds)
        }
        if alternatives.isEmpty { return nil }
    }

    private static let operators: Set<String> = ["=", "!=", ">", "<", ">=", "<=", "=<", "=>", "~", "~>", "^"]

    private static func parseBound(_ token: String) -> Bound? {
        var op = ""
        var rest = Substring(token)
        for candidate in ["!=", ">=", "<=", "=<", "=>", "~>", "=", ">", "<", "~", "^"] where rest.hasPrefix(candidate) {
            op = candidate
            rest = rest.dropFirst(candidate.count)
            break
        }
        rest = rest.drop(while: { $0 == " " })
        if rest.hasPrefix("v") { rest = rest.dropFirst() }
        var pre = ""
        var core = rest
        if let plus = core.firstIndex(of: "+") { core = core[..<plus] }
        if let dash = core.firstIndex(of: "-") {
            pre = String(core[core.index(after: dash)...])
            core = core[..<dash]
        }
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        var wildcard = 3 - parts.count
        for (index, part) in parts.enumerated() {
            if part == "x" || part == "X" || part == "*" {
                // Everything from the first wildcard on is a wildcard.
                wildcard = 3 - index
                break
            }
            guard !part.isEmpty, part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = UInt64(part) else { return nil }
            numbers.append(n)
        }
        while numbers.count < 3 { numbers.append(0) }
        let version = SemanticVersion(major: numbers[0], minor: numbers[1], patch: numbers[2], prerelease: pre)
        return Bound(op: op, version: version, wildcardDepth: wildcard, hasPrerelease: !pre.isEmpty)
    }

    func allows(_ version: SemanticVersion) -> Bool {
        alternatives.contains { bounds in
            bounds.allSatisfy { Self.check($0, version) }
        }
    }

    private static func check(_ b: Bound, _ v: SemanticVersion) -> Bool {
        // Pre-releases only match constraints that name a pre-release.
        if !v.prerelease.isEmpty && !b.hasPrerelease { return false }
        let c = b.version
        let upper: SemanticVersion? = {
            switch b.wildcardDepth {
            case 3: return nil
            case 2: return SemanticVersion(major: c.major + 1, minor: 0, patch: 0)
            case 1: return SemanticVersion(major: c.major, minor: c.minor + 1, patch: 0)
            default: return nil
            }
        }()
        switch b.op {
        case "", "=":
            if b.wildcardDepth == 3 { return true }
            if let upper { return v >= c && v < upper }
            return v == c
        case "!=":
            if b.wildcardDepth == 3 { return false }
            if let upper { return !(v >= c && v < upper) }
            return v != c
        case ">":
            if b.wildcardDepth == 3 { return false }
            if let upper { return v >= upper }
            return v > c
        case ">=", "=>":
            return b.wildcardDepth == 3 || v >= c
        case "<":
            if b.wildcardDepth == 3 { return false }
            return v < c
        case "<=", "=<":
            if b.wildcardDepth == 3 { return true }
            if let upper { return v < upper }
            return v <= c
        case "~", "~>":
            if b.wildcardDepth == 3 { return true }
            if v < c { return false }
            if b.wildcardDepth == 2 { return v.major == c.major }
            return v.major == c.major && v.minor == c.minor
        case "^":
            if b.wildcardDepth == 3 { return true }
            if v < c { return false }
            if c.major > 0 || b.wildcardDepth >= 2 { return v.major == c.major }
            if c.minor > 0 || b.wildcardDepth >= 1 { return v.major == 0 && v.minor == c.minor }
            return v.major == 0 && v.minor == 0 && v.patch == c.patch
        default:
            return false
        }
    }

    /// Helm's `IsCompatibleRange(constraint, version)`.
    static func isCompatible(constraint: String, version: String) -> Bool {
        guard let v = SemanticVersion(parsing: version), let c = VersionConstraint(parsing: constraint) else { return false }
        return c.allows(v)
    }
}

extension String {
    func components(separatedByString separator: String) -> [String] {
        var result: [String] = []
        var current = ""
        var rest = Substring(self)
        while !rest.isEmpty {
            if rest.hasPrefix(separator) {
                result.append(current)
                current = ""
                rest = rest.dropFirst(separator.count)
            } else if let first = rest.first {
                current.append(first)
                rest = rest.dropFirst()
            }
        }
        result.append(current)
        return result
    }
}
