/// Go's `path/filepath.Match` on "/"-separated names: `*`, `?`, `[...]` classes with ranges and `^` negation,
/// `\` escapes. `*` never crosses a "/". Returns nil for a malformed pattern (`ErrBadPattern`).
enum GoPathMatch {
    static func match(_ pattern: String, _ name: String) -> Bool? {
        matchScalars(Array(pattern.unicodeScalars), 0, Array(name.unicodeScalars), 0)
    }

    private static func matchScalars(_ p: [Unicode.Scalar], _ pi: Int, _ n: [Unicode.Scalar], _ ni: Int) -> Bool? {
        var pi = pi
        var ni = ni
        while pi < p.count {
            let c = p[pi]
            switch c {
            case "*":
                // Collapse consecutive stars; try every split not crossing "/".
                while pi < p.count && p[pi] == "*" { pi += 1 }
                if pi == p.count {
                    return !n[ni...].contains("/")
                }
                var k = ni
                while true {
                    if let result = matchScalars(p, pi, n, k) {
                        if result { return true }
                    } else {
                        return nil
                    }
                    if k >= n.count || n[k] == "/" { break }
                    k += 1
                }
                return validateRest(p, pi) ? false : nil
            case "?":
                guard ni < n.count, n[ni] != "/" else { return validateRest(p, pi + 1) ? false : nil }
                pi += 1
                ni += 1
            case "[":
                guard let (matched, next) = matchClass(p, pi, ni < n.count ? n[ni] : nil) else { return nil }
                guard ni < n.count, matched else { return validateRest(p, next) ? false : nil }
                pi = next
                ni += 1
            case "\\":
                guard pi + 1 < p.count else { return nil }
                guard ni < n.count, n[ni] == p[pi + 1] else { return validateRest(p, pi + 2) ? false : nil }
                pi += 2
                ni += 1
            default:
                guard ni < n.count, n[ni] == c else { return validateRest(p, pi + 1) ? false : nil }
                pi += 1
                ni += 1
            }
        }
        return ni == n.count
    }

    /// Go reports ErrBadPattern even when the match already failed; check the rest is well formed.
    private static func validateRest(_ p: [Unicode.Scalar], _ start: Int) -> Bool {
        var i = start
        while i < p.count {
            switch p[i] {
            case "\\":
                if i + 1 >= p.count { return false }
                i += 2
            case "[":
                guard let (_, next) = matchClass(p, i, nil) else { return false }
                i = next
            default:
                i += 1
            }
        }
        return true
    }

    /// Parses `[...]` at `start`; returns whether `ch` is in the class and the index after `]`.
    private static func matchClass(_ p: [Unicode.Scalar], _ start: Int, _ ch: Unicode.Scalar?) -> (Bool, Int)? {
        var i = start + 1
        var negated = false
        if i < p.count && p[i] == "^" {
            negated = true
            i += 1
        }
        var matched = false
        var count = 0
        while true {
            guard i < p.count else { return nil }
            if p[i] == "]" && count > 0 { i += 1; break }
            guard let (lo, afterLo) = classChar(p, i) else { return nil }
            var hi = lo
            i = afterLo
            if i < p.count && p[i] == "-" {
                guard let (h, afterHi) = classChar(p, i + 1) else { return nil }
                hi = h
                i = afterHi
            }
            if let ch, lo.value <= ch.value && ch.value <= hi.value { matched = true }
            count += 1
        }
        return (matched != negated, i)
    }

    private static func classChar(_ p: [Unicode.Scalar], _ i: Int) -> (Unicode.Scalar, Int)? {
        guard i < p.count else { return nil }
        switch p[i] {
        case "-", "]": return nil
        case "\\":
            guard i + 1 < p.count else { return nil }
            return (p[i + 1], i + 2)
        default:
            return (p[i], i + 1)
        }
    }
}
