import Foundation

/// The schemas' `pattern`/`patternProperties` regular expressions, compiled once per process:
/// compiling costs far more than matching, and every render of a chart checks the same patterns.
/// A compiled expression only matches afterwards, which is safe from any thread.
enum SchemaPatterns {
    private enum Compiled {
        case simple(SimpleRegexp)
        case icu(NSRegularExpression)
        /// A pattern that does not compile matches everything.
        case invalid
    }

    /// Past this many distinct patterns the cache starts over rather than grow without bound.
    private static let capacity = 512

    private static let lock = NSLock()
    private static var compiled: [String: Compiled] = [:]

    static func matches(_ pattern: String, _ text: String) -> Bool {
        switch expression(pattern) {
        case .simple(let regex):
            return regex.matches(text)
        case .icu(let regex):
            let range = NSRange(text.startIndex..<text.endIndex, in: text)
            return regex.firstMatch(in: text, range: range) != nil
        case .invalid:
            return true
        }
    }

    private static func expression(_ pattern: String) -> Compiled {
        lock.lock()
        let cached = compiled[pattern]
        lock.unlock()
        if let cached { return cached }
        let regex: Compiled
        if let simple = SimpleRegexp(pattern) {
            regex = .simple(simple)
        } else if let icu = try? NSRegularExpression(pattern: pattern) {
            regex = .icu(icu)
        } else {
            regex = .invalid
        }
        lock.lock()
        if compiled.count >= capacity { compiled.removeAll() }
        compiled[pattern] = regex
        lock.unlock()
        return regex
    }
}
