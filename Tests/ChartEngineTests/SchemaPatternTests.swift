import XCTest
@testable import ChartEngine

/// `SimpleRegexp` against Go `regexp` results for the patterns schemas use, and its refusals (left to ICU).
final class SchemaPatternTests: XCTestCase {
    func testMatchesLikeGo() throws {
        let cases: [(pattern: String, text: String, matches: Bool)] = [
            ("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "tenant-1", true),
            ("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "Tenant-1", false),
            ("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "tenant-", false),
            ("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "", false),
            ("^[0-9]{12}$", "123456789012", true),
            ("^[0-9]{12}$", "12345678901", false),
            // Go's `$` is the end of the text only, and `\d` is ASCII.
            ("^abc$", "abc\n", false),
            ("^\\d+$", "١٢", false),
            ("b+", "abbbc", true),
            ("^(foo|bar)+(?:baz)?$", "foobarfoobaz", true),
            ("^(foo|bar)+(?:baz)?$", "foobaz!", false),
            ("^a.c$", "a\nc", false),
            ("^a.c$", "aéc", true),
            ("^[^/]+\\.yaml$", "values.yaml", true),
            ("^[^/]+\\.yaml$", "dir/values.yaml", false),
            ("^x{2,3}$", "xxxx", false),
            ("^x{2,}$", "xxxx", true),
            ("^\\w+@\\w+\\.com$", "me@example.com", true),
            ("^(a*)*$", "aaa", true),
            ("", "anything", true),
        ]
        for (pattern, text, expected) in cases {
            let regex = try XCTUnwrap(SimpleRegexp(pattern), pattern)
            XCTAssertEqual(regex.matches(text), expected, "\(pattern) on \(text.debugDescription)")
            XCTAssertEqual(SchemaPatterns.matches(pattern, text), expected, "\(pattern) on \(text.debugDescription)")
        }
    }

    func testLeavesOtherSyntaxToTheFallback() {
        for pattern in ["(?i)abc", "\\bword", "\\p{L}+", "[[:alpha:]]", "(?P<n>x)", "a**", "[]a]", "x{1001}", "a{,2}", "[a-b-c]"] {
            XCTAssertNil(SimpleRegexp(pattern), pattern)
        }
    }
}
