import Foundation

/// A regular expression written in Go's RE2 syntax and run with Foundation's engine. Both pick the
/// leftmost-first match, so for the patterns used here (Masterminds/semver's) the results agree; `\s` is
/// spelled out as RE2's ASCII class.
struct GoRegex {
    private let expression: NSRegularExpression?

    init(_ pattern: String) {
        expression = try? NSRegularExpression(pattern: pattern.replacingOccurrences(of: "\\s", with: "[\\t\\n\\f\\r ]"))
    }

    /// All submatches of the first match (`FindStringSubmatch`); unmatched groups are "".
    func firstSubmatches(_ text: String) -> [String]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression?.firstMatch(in: text, range: range) else { return nil }
        return groups(match, in: text)
    }

    /// `FindAllStringSubmatch`.
    func allSubmatches(_ text: String) -> [[String]] {
        let range = NSRange(text.startIndex..., in: text)
        return (expression?.matches(in: text, range: range) ?? []).map { groups($0, in: text) }
    }

    func matches(_ text: String) -> Bool { firstSubmatches(text) != nil }

    private func groups(_ match: NSTextCheckingResult, in text: String) -> [String] {
        (0..<match.numberOfRanges).map { index in
            guard let range = Range(match.range(at: index), in: text) else { return "" }
            return String(text[range])
        }
    }
}
