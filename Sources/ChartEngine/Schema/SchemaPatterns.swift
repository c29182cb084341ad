import Foundation
import HelmFunctions

/// The schemas' `pattern`/`patternProperties` regular expressions, compiled once per process with Go's
/// syntax: compiling costs far more than matching, and every render of a chart checks the same
/// patterns. A compiled expression only matches afterwards, which is safe from any thread.
enum SchemaPatterns {
    enum Compiled {
        /// The common simple patterns, matched without ICU.
        case simple(SimpleRegexp)
        case go(GoRegularExpression)
        /// Go's `regexp.Compile` error text.
        case invalid(String)
    }

    /// Past this many distinct patterns the cache starts over rather than grow without bound.
    private static let capacity = 512

    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [String: Compiled] = [:]

    /// Whether `text` contains a match; a pattern that does not compile matches everything.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        switch expression(pattern) {
        case .simple(let regex): return regex.matches(text)
        case .go(let regex): return regex.matches(text)
        case .invalid: return true
        }
    }

    /// Go's error text when the pattern does not compile.
    static func syntaxError(_ pattern: String) -> String? {
        if case .invalid(let message) = expression(pattern) { return message }
        return nil
    }

    static func expression(_ pattern: String) -> Compiled {
        lock.lock()
        let cached = compiled[pattern]
        lock.unlock()
        if let cached { return cached }
        let regex: Compiled
        do {
            let go = try GoRegularExpression(pattern)
            regex = SimpleRegexp(pattern).map(Compiled.simple) ?? .go(go)
        } catch let error as GoRegularExpression.SyntaxError {
            regex = .invalid(error.message)
        } catch {
            regex = .invalid("\(error)")
        }
        lock.lock()
        if compiled.count >= capacity { compiled.removeAll() }
        compiled[pattern] = regex
        lock.unlock()
        return regex
    }
}
