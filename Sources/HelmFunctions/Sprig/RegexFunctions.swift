import GoTemplate

/// Sprig's regular-expression functions with Go's RE2 semantics. The plain forms compile with
/// `regexp.MustCompile` (a bad pattern panics, reported with the `regexp: Compile(…)` prefix; `regexMatch`
/// just returns false); the `must` forms return the parse error itself.
enum RegexFunctions {
    static func register(into r: inout FunctionRegistry) {
        r.register("regexMatch", [.string, .string]) { _, a in
            // regexp.MatchString's compile error is dropped: a bad pattern just does not match.
            guard let re = try? GoRegexp.compile(str(a[0])) else { return .bool(false) }
            return .bool(try re.matches(str(a[1])))
        }
        r.register("mustRegexMatch", [.string, .string]) { _, a in
            .bool(try compile(a[0], must: true).matches(str(a[1])))
        }
        for must in [false, true] {
            let prefix = must ? "mustRegex" : "regex"
            r.register(prefix + "FindAll", [.string, .string, .int]) { _, a in
                .stringList(try compile(a[0], must: must).findAllStrings(str(a[1]), limit: NumericFunctions.intArgument(a[2])))
            }
            r.register(prefix + "Find", [.string, .string]) { _, a in
                .string(try compile(a[0], must: must).findString(str(a[1])))
            }
            r.register(prefix + "ReplaceAll", [.string, .string, .string]) { _, a in
                let re = try compile(a[0], must: must)
                let template = str(a[2])
                return .string(try re.replaceAll(str(a[1])) { src, m in re.expand(template, src, m) })
            }
            r.register(prefix + "ReplaceAllLiteral", [.string, .string, .string]) { _, a in
                let replacement = str(a[2])
                return .string(try compile(a[0], must: must).replaceAll(str(a[1])) { _, _ in replacement })
            }
            r.register(prefix + "Split", [.string, .string, .int]) { _, a in
                .stringList(try compile(a[0], must: must).split(str(a[1]), limit: NumericFunctions.intArgument(a[2])))
            }
        }
        r.register("regexQuoteMeta", [.string]) { _, a in .string(GoRegexp.quoteMeta(str(a[0]))) }
    }

    private static func str(_ v: Value) -> String { v.stringValue ?? "" }

    private static func compile(_ pattern: Value, must: Bool) throws -> GoRegexp {
        let p = str(pattern)
        do {
            return try GoRegexp.compile(p)
        } catch let e as GoRegexpSyntax.ParseError {
            throw FunctionError(must ? e.message : GoRegexp.mustCompileMessage(p, e))
        }
    }
}
