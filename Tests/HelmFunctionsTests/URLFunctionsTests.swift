import XCTest
import GoTemplate
@testable import HelmFunctions

/// Outputs and errors observed from `helm template` (v4.1.4, Go 1.25) for `urlParse` and `urlJoin`.
final class URLFunctionsTests: XCTestCase {
    private func render(_ text: String) throws -> String {
        let set = TemplateSet(functions: SprigExtraTest.registry)
        try set.parse(name: "t", text: text)
        return try set.execute(name: "t", data: .map([:]), environment: SprigExtraTestContext().environment)
    }

    /// `urlParse X` printed with `toJson`-like ordering: fragment, host, hostname, opaque, path, query, scheme, userinfo.
    private func parsed(_ url: String) -> String? {
        guard let value = try? SprigExtraTest.call("urlParse", [.string(url)]), let map = value.mapValue else { return nil }
        return map.sortedKeys.map { "\($0)=\(map[$0]?.stringValue ?? "?")" }.joined(separator: " ")
    }

    private func fields(_ f: String, _ h: String, _ hn: String, _ o: String, _ p: String, _ q: String, _ s: String, _ u: String) -> String {
        "fragment=\(f) host=\(h) hostname=\(hn) opaque=\(o) path=\(p) query=\(q) scheme=\(s) userinfo=\(u)"
    }

    func testParse() {
        let cases: [(String, String)] = [
            ("https://user:pw@example.com:8080/a/b?x=1&y=2#frag", fields("frag", "example.com:8080", "example.com", "", "/a/b", "x=1&y=2", "https", "user:pw")),
            ("mailto:joe@example.com", fields("", "", "", "joe@example.com", "", "", "mailto", "")),
            ("/relative/path?q", fields("", "", "", "", "/relative/path", "q", "", "")),
            ("http://[::1]:80/p%20q", fields("", "[::1]:80", "::1", "", "/p q", "", "http", "")),
            ("", fields("", "", "", "", "", "", "", "")),
            ("https://user@h/a%2Fb", fields("", "h", "h", "", "/a/b", "", "https", "user")),
            ("HTTP://Example.COM/%7Efoo", fields("", "Example.COM", "Example.COM", "", "/~foo", "", "http", "")),
            ("https://example.com/a b", fields("", "example.com", "example.com", "", "/a b", "", "https", "")),
            ("http://[::1%25en0]:8/x", fields("", "[::1%en0]:8", "::1%en0", "", "/x", "", "http", "")),
            ("http://::1/", fields("", "::1", ":", "", "/", "", "http", "")),
            ("http://localhost:80:80/", fields("", "localhost:80:80", "localhost:80", "", "/", "", "http", "")),
            ("http://%c3%a9/", fields("", "é", "é", "", "/", "", "http", "")),
            ("a:b/c", fields("", "", "", "b/c", "", "", "a", "")),
            ("x/a:b", fields("", "", "", "", "x/a:b", "", "", "")),
            ("http://h/a?b?", fields("", "h", "h", "", "/a", "b?", "http", "")),
            ("http://h/a?", fields("", "h", "h", "", "/a", "", "http", "")),
            ("*", fields("", "", "", "", "*", "", "", "")),
            ("http://h#a b", fields("a b", "h", "h", "", "", "", "http", "")),
            ("http://h?q#f#g", fields("f#g", "h", "h", "", "", "q", "http", "")),
            ("HTTP+X.y-z://h", fields("", "h", "h", "", "", "", "http+x.y-z", "")),
            ("//h/p", fields("", "h", "h", "", "/p", "", "", "")),
            ("///p", fields("", "", "", "", "///p", "", "", "")),
            ("mailto:/x", fields("", "", "", "", "/x", "", "mailto", "")),
            ("http://@/", fields("", "", "", "", "/", "", "http", "")),
            ("http://u:p:q@h", fields("", "h", "h", "", "", "", "http", "u:p%3Aq")),
            ("http://u:@h", fields("", "h", "h", "", "", "", "http", "u:")),
            ("http://[fe80::1%25%65n0]/", fields("", "[fe80::1%en0]", "fe80::1%en0", "", "/", "", "http", "")),
            ("http://[::ffff:1.2.3.4]/", fields("", "[::ffff:1.2.3.4]", "::ffff:1.2.3.4", "", "/", "", "http", "")),
            ("http://[1:2:3:4:5:6:1.2.3.4]/", fields("", "[1:2:3:4:5:6:1.2.3.4]", "1:2:3:4:5:6:1.2.3.4", "", "/", "", "http", "")),
            ("http://h:/", fields("", "h:", "h", "", "/", "", "http", "")),
            ("http://[::1]:/", fields("", "[::1]:", "::1", "", "/", "", "http", "")),
            ("http://x.com/a%2Fb%2f", fields("", "x.com", "x.com", "", "/a/b/", "", "http", "")),
            ("ftp://u%3Ap@h", fields("", "h", "h", "", "", "", "ftp", "u%3Ap")),
            ("http://u%40@h", fields("", "h", "h", "", "", "", "http", "u%40")),
            ("http://[::1%25a%20b]/", fields("", "[::1%a b]", "::1%a b", "", "/", "", "http", "")),
            ("http://<h>/", fields("", "<h>", "<h>", "", "/", "", "http", "")),
        ]
        for (url, expected) in cases { XCTAssertEqual(parsed(url), expected, url) }
    }

    func testParseErrors() {
        let cases: [(String, String)] = [
            ("http://[abc]/", #"parse "http://[abc]/": invalid host: ParseAddr("abc"): unable to parse IP"#),
            ("http://a[b]/", #"parse "http://a[b]/": invalid IP-literal"#),
            ("http://h:port/", #"parse "http://h:port/": invalid port ":port" after host"#),
            ("http://[::1]x/", #"parse "http://[::1]x/": invalid port "x" after host"#),
            ("http://h/%zz", #"parse "http://h/%zz": invalid URL escape "%zz""#),
            ("http://h/%2", #"parse "http://h/%2": invalid URL escape "%2""#),
            ("http://%41/", #"parse "http://%41/": invalid URL escape "%41""#),
            ("http://h%20/", #"parse "http://h%20/": invalid URL escape "%20""#),
            ("http://u%zz@h/", #"parse "http://u%zz@h/": invalid URL escape "%zz""#),
            ("http://ü@h/", #"parse "http://ü@h/": net/url: invalid userinfo"#),
            ("http://a b/", #"parse "http://a b/": invalid character " " in host name"#),
            (":foo", #"parse ":foo": missing protocol scheme"#),
            ("1http://x", #"parse "1http://x": first path segment in URL cannot contain colon"#),
            ("http://h#a%zz", #"parse "http://h#a%zz": invalid URL escape "%zz""#),
            ("http://h/a\tb", #"parse "http://h/a\tb": net/url: invalid control character in URL"#),
            ("http://[fe80::1%en0]/", #"parse "http://[fe80::1%en0]/": invalid URL escape "%en""#),
            ("http://[1.2.3.4]/", #"parse "http://[1.2.3.4]/": invalid IP-literal"#),
            ("http://[]/", #"parse "http://[]/": invalid host: ParseAddr(""): unable to parse IP"#),
            ("http://[::1]:8a/", #"parse "http://[::1]:8a/": invalid port ":8a" after host"#),
            ("http://[::1%25]/", #"parse "http://[::1%25]/": invalid host: ParseAddr("::1%"): zone must be a non-empty string"#),
            ("http://[::1%25a%0a]/", #"parse "http://[::1%25a%0a]/": invalid URL escape "%0a""#),
            ("http://[1:2:3:4:5:6:7:8:9]/", #"parse "http://[1:2:3:4:5:6:7:8:9]/": invalid host: ParseAddr("1:2:3:4:5:6:7:8:9"): trailing garbage after address (at "9")"#),
            ("http://[1::2::3]/", #"parse "http://[1::2::3]/": invalid host: ParseAddr("1::2::3"): multiple :: in address (at ":3")"#),
            ("http://[12345::]/", #"parse "http://[12345::]/": invalid host: ParseAddr("12345::"): each group must have 4 or less digits (at "12345::")"#),
            ("http://[::1.2.3]/", #"parse "http://[::1.2.3]/": invalid host: ParseAddr("::1.2.3"): IPv4 address too short"#),
            ("http://[::01.2.3.4]/", #"parse "http://[::01.2.3.4]/": invalid host: ParseAddr("::01.2.3.4"): IPv4 field has octet with leading zero"#),
            ("http://[1:2:3:4:5:6:7:1.2.3.4]/", #"parse "http://[1:2:3:4:5:6:7:1.2.3.4]/": invalid host: ParseAddr("1:2:3:4:5:6:7:1.2.3.4"): embedded IPv4 address must replace the final 2 fields of the address (at "1.2.3.4")"#),
            ("http://[:1]/", #"parse "http://[:1]/": invalid host: ParseAddr(":1"): each colon-separated field must have at least one digit (at ":1")"#),
            ("http://[1:]/", #"parse "http://[1:]/": invalid host: ParseAddr("1:"): colon must be followed by more characters (at ":")"#),
            ("http://[1:2:3:4:5:6:7:8::]/", #"parse "http://[1:2:3:4:5:6:7:8::]/": invalid host: ParseAddr("1:2:3:4:5:6:7:8::"): the :: must expand to at least one field of zeros"#),
            ("http://[%25x]/", #"parse "http://[%25x]/": invalid host: ParseAddr("%x"): missing IPv6 address"#),
            ("http://[1.2.3.4.5]/", #"parse "http://[1.2.3.4.5]/": invalid host: ParseAddr("1.2.3.4.5"): IPv4 address too long"#),
            ("http://[g::]/", #"parse "http://[g::]/": invalid host: ParseAddr("g::"): each colon-separated field must have at least one digit (at "g::")"#),
            ("http://[::1]:80%41/", #"parse "http://[::1]:80%41/": invalid port ":80%41" after host"#),
        ]
        for (url, message) in cases {
            XCTAssertEqual(SprigExtraTest.errorMessage("urlParse", [.string(url)]), "unable to parse url: " + message, url)
        }
    }

    private func join(_ entries: [String: Value]) throws -> Value {
        try SprigExtraTest.call("urlJoin", [.map(entries)])
    }

    func testJoin() throws {
        let cases: [([String: Value], String)] = [
            (["scheme": .string("https"), "host": .string("example.com:8080"), "path": .string("/a b"), "query": .string("x=1"),
              "fragment": .string("f g")], "https://example.com:8080/a%20b?x=1#f%20g"),
            (["scheme": .string("https"), "host": .string("h"), "userinfo": .string("u:p"), "path": .string("p")], "https://u:p@h/p"),
            (["opaque": .string("joe@example.com"), "scheme": .string("mailto")], "mailto:joe@example.com"),
            (["path": .string("a:b")], "./a:b"),
            ([:], ""),
            (["host": .string("h"), "path": .string("x")], "//h/x"),
            (["userinfo": .string("a:b:c"), "host": .string("h")], "//a:b%3Ac@h"),
            (["userinfo": .string("a/b"), "host": .string("h")], "//h"),
            (["userinfo": .string("a@b"), "host": .string("h")], "//a%40b@h"),
            (["userinfo": .string("a#b"), "host": .string("h")], "//h"),
            (["userinfo": .string(":"), "host": .string("h")], "//:@h"),
            (["host": .string("h é/x"), "path": .string("/ü?#")], "//h%20%C3%A9%2Fx/%C3%BC%3F%23"),
            (["path": .string("//x")], "//x"),
            (["scheme": .string("http"), "path": .string("//x")], "http:////x"),
            (["scheme": .string("http"), "path": .string("x")], "http://x"),
            (["fragment": .string("a#b!()*'")], "#a%23b!()*%27"),
            (["query": .string("a b")], "?a b"),
            (["path": .string("*")], "*"),
            (["path": .string("a?b")], "a%3Fb"),
        ]
        for (entries, expected) in cases {
            XCTAssertEqual(try join(entries).stringValue, expected, "\(entries)")
        }
        let url = "https://user:pw@example.com:8080/a/b?x=1&y=2#frag"
        XCTAssertEqual(try render("{{ urlParse \"\(url)\" | urlJoin }}"), url)
    }

    func testJoinErrors() {
        let cases: [([String: Value], String)] = [
            (["scheme": .null], "runtime error: invalid memory address or nil pointer dereference"),
            (["host": .int(1)], "unable to parse host key, must be of type string, but int found"),
            (["path": .list([])], "unable to parse path key, must be of type string, but slice found"),
            (["query": .float64(1.5)], "unable to parse query key, must be of type string, but float64 found"),
            (["scheme": .int(1), "host": .int(2)], "unable to parse scheme key, must be of type string, but int found"),
            (["userinfo": .string("a%zz"), "host": .string("h")],
             #"unable to parse userinfo in dict: parse "proto://a%zz@host": invalid URL escape "%zz""#),
            (["scheme": .string("http"), "host": .string("h"), "userinfo": .string("us er@")],
             #"unable to parse userinfo in dict: parse "proto://us er@@host": net/url: invalid userinfo"#),
        ]
        for (entries, message) in cases {
            XCTAssertEqual(SprigExtraTest.errorMessage("urlJoin", [.map(entries)]), message, "\(entries)")
        }
    }
}
