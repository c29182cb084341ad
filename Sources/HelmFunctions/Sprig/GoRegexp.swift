import Foundation
import GoTemplate

/// A compiled Go regular expression running on ICU, with Go's match iteration: leftmost-first matches,
/// no empty match right after a previous match, replacement templates expanded by Go's `Expand` rules.
final class GoRegexp {
    let pattern: String
    private let regex: NSRegularExpression
    private let groupNames: [String?]

    /// `regexp.Compile`; throws `GoRegexpSyntax.ParseError` with Go's text.
    init(_ pattern: String) throws {
        let syntax = try GoRegexpSyntax(pattern)
        self.pattern = pattern
        groupNames = syntax.groupNames
        do {
            // ICU rejects an empty pattern; an empty group means the same.
            let icu = syntax.icuPattern.isEmpty ? "(?:)" : syntax.icuPattern
            regex = try NSRegularExpression(pattern: icu, options: [])
        } catch {
            // A pattern Go accepts but our translation does not express (e.g. an unknown script name).
            throw GoRegexpSyntax.ParseError(code: "invalid character class range", expr: pattern)
        }
    }

    /// Compiled patterns, shared: templates often apply the same pattern in a loop.
    private static var cache: [String: GoRegexp] = [:]
    private static let cacheLock = NSLock()

    static func compile(_ pattern: String) throws -> GoRegexp {
        cacheLock.lock()
        let hit = cache[pattern]
        cacheLock.unlock()
        if let hit = hit { return hit }
        let compiled = try GoRegexp(pattern)
        cacheLock.lock()
        if cache.count > 256 { cache.removeAll() }
        cache[pattern] = compiled
        cacheLock.unlock()
        return compiled
    }

    /// `regexp.MustCompile`'s panic text, which text/template reports for Sprig's non-`must` functions.
    static func mustCompileMessage(_ pattern: String, _ error: GoRegexpSyntax.ParseError) -> String {
        "regexp: Compile(" + quoteForCompile(pattern) + "): " + error.message
    }

    /// Go's `regexp.quote`: backquoted when `strconv.CanBackquote`, else `strconv.Quote`.
    private static func quoteForCompile(_ s: String) -> String {
        let canBackquote = s.unicodeScalars.allSatisfy { c in
            c != "`" && c != "\u{FEFF}" && (c == "\t" || !(c.value < 0x20 || c.value == 0x7F))
        }
        return canBackquote ? "`" + s + "`" : GoFormat.quote(s)
    }

    /// One match: UTF-16 ranges of the whole match and each group (location NSNotFound when unset).
    typealias Match = [NSRange]

    /// Go's engine is linear-time; ICU backtracks and can take exponential time on patterns such as
    /// `(a+)+b`. Matching stops with an error after this long rather than hanging the render.
    static let matchTimeLimit: TimeInterval = 5

    /// Go's match sequence (`allMatches`, also what `replaceAll` visits): ICU's successive matches minus
    /// any empty match that starts where the previous match ended. At most `limit` (all when negative).
    func matches(in s: String, limit: Int) throws -> [Match] {
        var result: [Match] = []
        guard limit != 0 else { return result }
        let length = (s as NSString).length
        var previousEnd = -1
        var timedOut = false
        let deadline = Date().addingTimeInterval(GoRegexp.matchTimeLimit)
        regex.enumerateMatches(in: s, options: [.reportProgress], range: NSRange(location: 0, length: length)) { m, _, stop in
            guard let m = m else {
                if Date() > deadline { timedOut = true; stop.pointee = true }
                return
            }
            let whole = m.range
            let isEmptyAfterPrevious = whole.length == 0 && whole.location == previousEnd
            previousEnd = NSMaxRange(whole)
            if isEmptyAfterPrevious { return }
            result.append((0..<m.numberOfRanges).map { m.range(at: $0) })
            if limit > 0 && result.count >= limit { stop.pointee = true }
        }
        if timedOut {
            throw FunctionError("regexp: matching \(GoFormat.quote(pattern)) backtracked for more than \(Int(GoRegexp.matchTimeLimit))s")
        }
        return result
    }

    func matches(_ s: String) throws -> Bool { try !matches(in: s, limit: 1).isEmpty }

    func findString(_ s: String) throws -> String {
        guard let m = try matches(in: s, limit: 1).first else { return "" }
        return (s as NSString).substring(with: m[0])
    }

    func findAllStrings(_ s: String, limit: Int) throws -> [String] {
        let ns = s as NSString
        return try matches(in: s, limit: limit).map { ns.substring(with: $0[0]) }
    }

    /// `Regexp.Split`.
    func split(_ s: String, limit n: Int) throws -> [String] {
        if n == 0 { return [] }
        if !pattern.isEmpty && s.isEmpty { return [""] }
        let ns = s as NSString
        var parts: [String] = []
        var begin = 0
        var end = 0
        for m in try matches(in: s, limit: n) {
            if n > 0 && parts.count == n - 1 { break }
            end = m[0].location
            if NSMaxRange(m[0]) != 0 { parts.append(ns.substring(with: NSRange(location: begin, length: end - begin))) }
            begin = NSMaxRange(m[0])
        }
        if end != ns.length { parts.append(ns.substring(from: begin)) }
        return parts
    }

    /// Go's `replaceAll`: every match in Go's sequence replaced, the text between kept.
    func replaceAll(_ s: String, _ replacement: (NSString, Match) -> String) throws -> String {
        let ns = s as NSString
        var out = ""
        var lastMatchEnd = 0
        for m in try matches(in: s, limit: -1) {
            out += ns.substring(with: NSRange(location: lastMatchEnd, length: m[0].location - lastMatchEnd))
            out += replacement(ns, m)
            lastMatchEnd = NSMaxRange(m[0])
        }
        out += ns.substring(from: lastMatchEnd)
        return out
    }

    /// `Regexp.Expand` for string templates: `$1`, `${1}`, `$name`, `${name}`, `$$`; malformed `$` is literal.
    func expand(_ template: String, _ source: NSString, _ m: Match) -> String {
        var out = ""
        var t = Substring(template)
        while let dollar = t.firstIndex(of: "$") {
            out += t[..<dollar]
            t = t[t.index(after: dollar)...]
            if t.first == "$" {
                out += "$"
                t = t.dropFirst()
                continue
            }
            guard let (name, rest) = GoRegexp.extractName(t) else {
                out += "$"
                continue
            }
            t = rest
            out += group(named: name, source, m)
        }
        out += t
        return out
    }

    private func group(named name: String, _ source: NSString, _ m: Match) -> String {
        if let num = GoRegexp.groupNumber(name) {
            guard num < m.count, m[num].location != NSNotFound else { return "" }
            return source.substring(with: m[num])
        }
        for (index, groupName) in groupNames.enumerated() where groupName == name {
            let g = index + 1
            if g < m.count && m[g].location != NSNotFound { return source.substring(with: m[g]) }
        }
        return ""
    }

    /// Go's `extract`: a name of letters, digits and `_`, optionally in braces.
    private static func extractName(_ str: Substring) -> (String, Substring)? {
        var t = str
        let brace = t.first == "{"
        if brace { t = t.dropFirst() }
        var nameEnd = t.startIndex
        for (idx, c) in zip(t.unicodeScalars.indices, t.unicodeScalars) {
            guard GoUnicode.isLetter(c) || GoUnicode.isDigit(c) || c == "_" else { break }
            nameEnd = t.unicodeScalars.index(after: idx)
        }
        guard nameEnd > t.startIndex else { return nil }
        let name = String(t[..<nameEnd])
        var rest = t[nameEnd...]
        if brace {
            guard rest.first == "}" else { return nil }
            rest = rest.dropFirst()
        }
        return (name, rest)
    }

    /// A group number: ASCII digits, no leading zero, below 1e8.
    private static func groupNumber(_ name: String) -> Int? {
        var n = 0
        for c in name.utf8 {
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9"), n < 100_000_000 else { return nil }
            n = n * 10 + Int(c - UInt8(ascii: "0"))
        }
        if name.utf8.first == UInt8(ascii: "0") && name.utf8.count > 1 { return nil }
        return n
    }

    /// `regexp.QuoteMeta`.
    static func quoteMeta(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if "\\.+*?()|[]{}^$".unicodeScalars.contains(c) { out += "\\" }
            out.unicodeScalars.append(c)
        }
        return out
    }
}
