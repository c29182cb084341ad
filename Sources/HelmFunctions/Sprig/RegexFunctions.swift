import GoTemplate

/// Sprig's regular-expression functions with Go's RE2 semantics. The plain forms compile with
/// `regexp.MustCompile` (a bad pattern panics, reported with the `regexp: Compile(…)` prefix; `regexMatch`
/// just returns false); the `must` forms return the parse error itself.
enum RegexFunctions {
    static func register(into r: inout FunctionRegistry) {
        r.register("regexMatch", [.string, .string]) { _, a in
            // regexp.MatchString's compile error is dropped: a bad pattern just does not match.
            guard !a[0].isRawString, let re = try? GoRegexp.compile(str(a[0])) else { return .bool(false) }
            return .bool(try re.matches(str(a[1])))
        }
        r.register("mustRegexMatch", [.string, .string]) { _, a in
            .bool(try compile(a[0], must: true).matches(str(a[1])))
        }
        for must in [false, true] {
            let prefix = must ? "mustRegex" : "regex"
            r.register(prefix + "FindAll", [.string, .string, .int]) { _, a in
                texts(try compile(a[0], must: must).findAllStrings(str(a[1]), limit: NumericFunctions.intArgument(a[2])), a)
            }
            r.register(prefix + "Find", [.string, .string]) { _, a in
                text(try compile(a[0], must: must).findString(str(a[1])), a)
            }
            r.register(prefix + "ReplaceAll", [.string, .string, .string]) { _, a in
                let re = try compile(a[0], must: must)
                let template = str(a[2])
                return text(try re.replaceAll(str(a[1])) { src, m in re.expand(template, src, m) }, a)
            }
            r.register(prefix + "ReplaceAllLiteral", [.string, .string, .string]) { _, a in
                let replacement = str(a[2])
                return text(try compile(a[0], must: must).replaceAll(str(a[1])) { _, _ in replacement }, a)
            }
            r.register(prefix + "Split", [.string, .string, .int]) { _, a in
                texts(try compile(a[0], must: must).split(str(a[1]), limit: NumericFunctions.intArgument(a[2])), a)
            }
        }
        r.register("regexQuoteMeta", [.string]) { _, a in text(GoRegexp.quoteMeta(str(a[0])), a) }
    }

    /// Go's regexp matches bytes, reading an invalid byte as one U+FFFD rune and copying it into results:
    /// such bytes are carried through as escapes (`RawByteEscape`) and restored in the result.
    private static func str(_ v: Value) -> String { RawByteEscape.text(v) }

    /// A result as a Go string. Escapes stand for bytes only when an argument carried some: a valid
    /// argument may hold U+10FF80…U+10FFFF itself, which must come back unchanged.
    private static func text(_ s: String, _ args: [Value]) -> Value {
        args.contains(where: carriesBytes) ? RawByteEscape.unescape(s) : .string(s)
    }

    /// Whether `str` may have escaped bytes of this argument.
    private static func carriesBytes(_ v: Value) -> Bool {
        switch v {
        case .rawString, .bytes: return true
        default: return false
        }
    }

    /// Go's `FindAllString` and `Split` return nil, not an empty slice, when they have nothing.
    private static func texts(_ strings: [String], _ args: [Value]) -> Value {
        .list(GoList(strings.map { text($0, args) }, elementType: .string, isNil: strings.isEmpty))
    }

    private static func compile(_ pattern: Value, must: Bool) throws -> GoRegexp {
        if case .rawString(let bytes) = pattern {
            // Go's regexp/syntax refuses patterns that are not UTF-8, quoting them from the first bad byte.
            var i = 0
            while let (_, width) = GoUTF8.decodeValidRune(bytes, at: i) { i += width }
            let message = "error parsing regexp: invalid UTF-8: `" + GoUTF8.lossyString(bytes[i...]) + "`"
            if must { throw FunctionError(message) }
            throw FunctionError("regexp: Compile(" + (GoFormat.sprintfValue(.string("%q"), [pattern]).stringValue ?? "") + "): " + message)
        }
        let p = str(pattern)
        do {
            return try GoRegexp.compile(p)
        } catch let e as GoRegexpSyntax.ParseError {
            throw FunctionError(must ? e.message : GoRegexp.mustCompileMessage(p, e))
        }
    }
}
