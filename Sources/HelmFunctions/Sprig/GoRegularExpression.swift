/// Go's `regexp` for other modules (values.schema.json `pattern`s and the `regex` format): compiled
/// with Go's syntax and error texts, matched with Go's semantics.
public struct GoRegularExpression {
    /// `regexp/syntax.Error` text: `error parsing regexp: missing closing ): `(a``.
    public struct SyntaxError: Error {
        public let message: String
    }

    private let regexp: GoRegexp

    public init(_ pattern: String) throws {
        do {
            regexp = try GoRegexp.compile(pattern)
        } catch let error as GoRegexpSyntax.ParseError {
            throw SyntaxError(message: error.message)
        }
    }

    /// `MatchString`; a match that runs past the backtracking time limit counts as no match.
    public func matches(_ text: String) -> Bool {
        (try? regexp.matches(text)) ?? false
    }
}
