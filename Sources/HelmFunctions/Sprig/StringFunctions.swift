import GoTemplate

/// Sprig's string functions. Argument order follows Sprig (the subject string last, so pipelines work:
/// `"foo" | trimPrefix "f"`); lengths and offsets are in bytes, as in Go.
enum StringFunctions {
    static func register(into r: inout FunctionRegistry) {
        registerCase(into: &r)
        registerTrimming(into: &r)
        registerSlicing(into: &r)
        registerJoining(into: &r)
        registerRandom(into: &r)
    }

    private static func str(_ v: Value) -> String { v.stringValue ?? SprigCast.strval(v) }
    private static func int(_ v: Value) -> Int { NumericFunctions.intArgument(v) }

    private static func unary(_ r: inout FunctionRegistry, _ name: String, _ f: @escaping (String) -> String) {
        r.register(name, [.string]) { _, a in .string(f(str(a[0]))) }
    }

    private static func registerCase(into r: inout FunctionRegistry) {
        // Sprig's greeting, still in Helm's function map.
        r.register("hello", []) { _, _ in .string("Hello!") }
        unary(&r, "upper") { GoUnicode.mapScalars($0, GoUnicode.toUpper) }
        unary(&r, "lower") { GoUnicode.mapScalars($0, GoUnicode.toLower) }
        unary(&r, "title", GoStrings.title)
        unary(&r, "untitle", GoUtilsStrings.uncapitalize)
        unary(&r, "swapcase", GoUtilsStrings.swapCase)
        unary(&r, "snakecase", XStringsCase.snakeCase)
        unary(&r, "camelcase", XStringsCase.camelCase)
        unary(&r, "kebabcase", XStringsCase.kebabCase)
        unary(&r, "initials", GoUtilsStrings.initials)
        unary(&r, "nospace", GoUtilsStrings.deleteWhiteSpace)
    }

    private static func registerTrimming(into r: inout FunctionRegistry) {
        unary(&r, "trim", GoStrings.trimSpace)
        // Sprig swaps Go's argument order so the string can be piped in last.
        let trimAll: (CallContext, [Value]) throws -> Value = { _, a in
            .string(GoStrings.trim(str(a[1]), cutset: str(a[0])))
        }
        r.register("trimAll", [.string, .string], trimAll)
        r.register("trimall", [.string, .string], trimAll)
        r.register("trimPrefix", [.string, .string]) { _, a in
            let (prefix, s) = (str(a[0]), str(a[1]))
            guard GoStrings.hasPrefix(s, prefix) else { return .string(s) }
            return .string(String(decoding: s.utf8.dropFirst(prefix.utf8.count), as: UTF8.self))
        }
        r.register("trimSuffix", [.string, .string]) { _, a in
            let (suffix, s) = (str(a[0]), str(a[1]))
            guard GoStrings.hasSuffix(s, suffix) else { return .string(s) }
            return .string(String(decoding: s.utf8.dropLast(suffix.utf8.count), as: UTF8.self))
        }
        r.register("contains", [.string, .string]) { _, a in .bool(GoStrings.contains(str(a[1]), str(a[0]))) }
        r.register("hasPrefix", [.string, .string]) { _, a in .bool(GoStrings.hasPrefix(str(a[1]), str(a[0]))) }
        r.register("hasSuffix", [.string, .string]) { _, a in .bool(GoStrings.hasSuffix(str(a[1]), str(a[0]))) }
    }

    private static func registerSlicing(into r: inout FunctionRegistry) {
        r.register("abbrev", [.int, .string]) { _, a in
            let (width, s) = (int(a[0]), str(a[1]))
            if width < 4 { return .string(s) }
            return .string(GoUtilsStrings.abbreviate(s, offset: 0, maxWidth: width) ?? "")
        }
        r.register("abbrevboth", [.int, .int, .string]) { _, a in
            let (left, right, s) = (int(a[0]), int(a[1]), str(a[2]))
            if right < 4 || left > 0 && right < 7 { return .string(s) }
            return .string(GoUtilsStrings.abbreviate(s, offset: left, maxWidth: right) ?? "")
        }
        r.register("trunc", [.int, .string]) { _, a in
            let (c, s) = (int(a[0]), str(a[1]))
            let n = s.utf8.count
            if c < 0 && n &+ c > 0 { return .string(GoStrings.byteSlice(s, n + c, n) ?? s) }
            if c >= 0 && n > c { return .string(GoStrings.byteSlice(s, 0, c) ?? s) }
            return .string(s)
        }
        r.register("substr", [.int, .int, .string]) { _, a in
            .string(try substring(int(a[0]), int(a[1]), str(a[2])))
        }
        r.register("repeat", [.int, .string]) { _, a in
            let (count, s) = (int(a[0]), str(a[1]))
            guard count >= 0 else { throw FunctionError("strings: negative Repeat count") }
            let (total, overflow) = count.multipliedReportingOverflow(by: s.utf8.count)
            guard !overflow, total <= Int(Int32.max) else { throw FunctionError("strings: Repeat output length overflow") }
            return .string(String(repeating: s, count: count))
        }
        r.register("wrap", [.int, .string]) { _, a in
            .string(GoUtilsStrings.wrap(str(a[1]), int(a[0]), newLine: "", wrapLongWords: false))
        }
        r.register("wrapWith", [.int, .string, .string]) { _, a in
            .string(GoUtilsStrings.wrap(str(a[2]), int(a[0]), newLine: str(a[1]), wrapLongWords: true))
        }
        r.register("indent", [.int, .string]) { _, a in .string(try indent(int(a[0]), str(a[1]))) }
        r.register("nindent", [.int, .string]) { _, a in .string("\n" + (try indent(int(a[0]), str(a[1])))) }
        r.register("replace", [.string, .string, .string]) { _, a in
            .string(GoStrings.replaceAll(str(a[2]), str(a[0]), str(a[1])))
        }
        r.register("plural", [.string, .string, .int]) { _, a in .string(int(a[2]) == 1 ? str(a[0]) : str(a[1])) }
    }

    private static func registerJoining(into r: inout FunctionRegistry) {
        r.register("quote", [], variadic: .interface) { _, a in
            .string(a.filter { !$0.isNil }.map { GoFormat.quote(SprigCast.strval($0)) }.joined(separator: " "))
        }
        r.register("squote", [], variadic: .interface) { _, a in
            .string(a.filter { !$0.isNil }.map { "'" + GoFormat.sprint([$0]) + "'" }.joined(separator: " "))
        }
        r.register("cat", [], variadic: .interface) { _, a in
            .string(a.filter { !$0.isNil }.map { GoFormat.sprint([$0]) }.joined(separator: " "))
        }
        r.register("split", [.string, .string]) { _, a in splitMap(GoStrings.split(str(a[1]), str(a[0]))) }
        r.register("splitn", [.string, .int, .string]) { _, a in
            splitMap(GoStrings.split(str(a[2]), str(a[0]), limit: int(a[1])))
        }
        r.register("splitList", [.string, .string]) { _, a in .stringList(GoStrings.split(str(a[1]), str(a[0]))) }
        r.register("join", [.string, .interface]) { _, a in
            .string(ConversionFunctions.strslice(a[1]).joined(separator: str(a[0])))
        }
        r.register("sortAlpha", [.interface]) { _, a in
            switch a[0] {
            case .list, .bytes, .object(is GoSliceObject):
                return .stringList(ConversionFunctions.strslice(a[0]).sorted(by: goStringLess))
            default:
                return .stringList([a[0].isNil ? "<nil>" : SprigCast.strval(a[0])])
            }
        }
    }

    private static func registerRandom(into r: inout FunctionRegistry) {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars)
        let digits = Array("0123456789".unicodeScalars)
        let ascii = (32...126).compactMap { Unicode.Scalar(UInt32($0)) }
        func random(_ name: String, _ alphabet: [Unicode.Scalar]) {
            r.register(name, [.int]) { ctx, a in
                .string(randomString(count: int(a[0]), from: alphabet, random: ctx.environment.random))
            }
        }
        random("randAlphaNum", letters + digits)
        random("randAlpha", letters)
        random("randNumeric", digits)
        random("randAscii", ascii)
        r.register("shuffle", [.string]) { ctx, a in
            // xstrings' Fisher–Yates over runes, fed by the injectable random source.
            var runes = Array(str(a[0]).unicodeScalars)
            var i = runes.count - 1
            while i > 0 {
                let j = Int(ctx.environment.random() % UInt64(i + 1))
                runes.swapAt(i, j)
                i -= 1
            }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: runes)
            return .string(String(out))
        }
    }

    /// goutils' CryptoRandom: a negative count is an error, which Sprig turns into "".
    static func randomString(count: Int, from alphabet: [Unicode.Scalar], random: () -> UInt64) -> String {
        guard count > 0, !alphabet.isEmpty else { return "" }
        // Go cannot allocate such a rune slice either; refuse instead of exhausting memory.
        guard count <= Int(Int32.max) else { return "" }
        var out = String.UnicodeScalarView()
        for _ in 0..<count { out.append(alphabet[Int(random() % UInt64(alphabet.count))]) }
        return String(out)
    }

    /// Sprig's `indent`: the pad before the text and after every newline.
    static func indent(_ spaces: Int, _ v: String) throws -> String {
        guard spaces >= 0 else { throw FunctionError("strings: negative Repeat count") }
        guard spaces <= Int(Int32.max) else { throw FunctionError("strings: Repeat output length overflow") }
        let pad = String(repeating: " ", count: spaces)
        return pad + GoStrings.replaceAll(v, "\n", "\n" + pad)
    }

    /// Sprig's `substring`, byte-indexed, with Go's slice panics for impossible ranges.
    static func substring(_ start: Int, _ end: Int, _ s: String) throws -> String {
        let n = s.utf8.count
        if start < 0 {
            guard end >= 0, end <= n else {
                throw FunctionError(end < 0 ? "runtime error: slice bounds out of range [:\(end)]"
                                    : "runtime error: slice bounds out of range [:\(end)] with length \(n)")
            }
            return GoStrings.byteSlice(s, 0, end) ?? ""
        }
        if end < 0 || end > n {
            guard start <= n else { throw FunctionError("runtime error: slice bounds out of range [\(start):\(n)]") }
            return GoStrings.byteSlice(s, start, n) ?? ""
        }
        guard start <= end else { throw FunctionError("runtime error: slice bounds out of range [\(start):\(end)]") }
        return GoStrings.byteSlice(s, start, end) ?? ""
    }

    /// `split`/`splitn` return `map[string]string` keyed `_0`, `_1`, …
    static func splitMap(_ parts: [String]) -> Value {
        var entries: [String: Value] = [:]
        for (i, p) in parts.enumerated() { entries["_\(i)"] = .string(p) }
        return .map(GoMap(entries, typeName: "map[string]string", elementType: .string))
    }
}
