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
    private static func bytes(_ v: Value) -> [UInt8] { GoByteStrings.bytes(v) }
    private static func anyRaw(_ args: [Value]) -> Bool { args.contains { $0.isRawString } }

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
        // Words are copied as bytes except upper-case ones, which are rewritten rune by rune.
        r.register("snakecase", [.string]) { _, a in Value.goString(XStringsCase.camelCaseToLowerCase(bytes: bytes(a[0]), connector: "_")) }
        unary(&r, "camelcase", XStringsCase.camelCase)
        r.register("kebabcase", [.string]) { _, a in Value.goString(XStringsCase.camelCaseToLowerCase(bytes: bytes(a[0]), connector: "-")) }
        // goutils reads these byte by byte, each byte as a rune: bytes that are not UTF-8 become Latin-1.
        r.register("initials", [.string]) { _, a in .string(GoUtilsStrings.initials(bytes(a[0]))) }
        r.register("nospace", [.string]) { _, a in
            if case .string(let s) = a[0] { return .string(GoUtilsStrings.deleteWhiteSpace(s)) }
            return GoUtilsStrings.deleteWhiteSpace(bytes: bytes(a[0]))
        }
    }

    private static func registerTrimming(into r: inout FunctionRegistry) {
        r.register("trim", [.string]) { _, a in
            RawByteEscape.apply(a) { GoStrings.trimSpace($0[0]) } ?? .string(GoStrings.trimSpace(str(a[0])))
        }
        // Sprig swaps Go's argument order so the string can be piped in last.
        let trimAll: (CallContext, [Value]) throws -> Value = { _, a in
            if anyRaw(a) { return trimWithCutset(a[1], a[0]) }
            return .string(GoStrings.trim(str(a[1]), cutset: str(a[0])))
        }
        r.register("trimAll", [.string, .string], trimAll)
        r.register("trimall", [.string, .string], trimAll)
        r.register("trimPrefix", [.string, .string]) { _, a in
            if !anyRaw(a) {
                let (prefix, s) = (str(a[0]), str(a[1]))
                guard GoStrings.hasPrefix(s, prefix) else { return .string(s) }
                return .string(String(decoding: s.utf8.dropFirst(prefix.utf8.count), as: UTF8.self))
            }
            let (prefix, s) = (bytes(a[0]), bytes(a[1]))
            guard GoByteStrings.hasPrefix(s, prefix) else { return a[1] }
            return Value.goString(s.dropFirst(prefix.count))
        }
        r.register("trimSuffix", [.string, .string]) { _, a in
            if !anyRaw(a) {
                let (suffix, s) = (str(a[0]), str(a[1]))
                guard GoStrings.hasSuffix(s, suffix) else { return .string(s) }
                return .string(String(decoding: s.utf8.dropLast(suffix.utf8.count), as: UTF8.self))
            }
            let (suffix, s) = (bytes(a[0]), bytes(a[1]))
            guard GoByteStrings.hasSuffix(s, suffix) else { return a[1] }
            return Value.goString(s.dropLast(suffix.count))
        }
        r.register("contains", [.string, .string]) { _, a in
            if anyRaw(a) { return .bool(GoByteStrings.contains(bytes(a[1]), bytes(a[0]))) }
            return .bool(GoStrings.contains(str(a[1]), str(a[0])))
        }
        r.register("hasPrefix", [.string, .string]) { _, a in
            if anyRaw(a) { return .bool(GoByteStrings.hasPrefix(bytes(a[1]), bytes(a[0]))) }
            return .bool(GoStrings.hasPrefix(str(a[1]), str(a[0])))
        }
        r.register("hasSuffix", [.string, .string]) { _, a in
            if anyRaw(a) { return .bool(GoByteStrings.hasSuffix(bytes(a[1]), bytes(a[0]))) }
            return .bool(GoStrings.hasSuffix(str(a[1]), str(a[0])))
        }
    }

    /// `strings.Trim` when an argument is not UTF-8: each invalid byte of `s` reads as U+FFFD, trimmed when
    /// the cutset holds U+FFFD or an invalid byte (which reads the same).
    private static func trimWithCutset(_ s: Value, _ cutset: Value) -> Value {
        let cut = bytes(cutset)
        if cut.count == 1 && cut[0] < 0x80 {
            // Go's single-ASCII-byte fast path compares bytes.
            let subject = bytes(s)
            var lo = 0, hi = subject.count
            while lo < hi && subject[lo] == cut[0] { lo += 1 }
            while hi > lo && subject[hi - 1] == cut[0] { hi -= 1 }
            return Value.goString(subject[lo..<hi])
        }
        let set = Set(GoUTF8.lossyString(cut).unicodeScalars)
        let trimsInvalid = set.contains("\u{FFFD}")
        let text = RawByteEscape.text(s)
        let trimmed = GoStrings.trim(text) { scalar in
            RawByteEscape.isEscape(scalar) ? trimsInvalid : set.contains(scalar)
        }
        return RawByteEscape.unescape(trimmed)
    }

    private static func registerSlicing(into r: inout FunctionRegistry) {
        // Lengths and offsets count bytes: the results may cut a character, as Go's do.
        r.register("abbrev", [.int, .string]) { _, a in
            let width = int(a[0])
            if width < 4 { return a[1] }
            return Value.goString(GoUtilsStrings.abbreviate(bytes(a[1]), offset: 0, maxWidth: width) ?? [])
        }
        r.register("abbrevboth", [.int, .int, .string]) { _, a in
            let (left, right) = (int(a[0]), int(a[1]))
            if right < 4 || left > 0 && right < 7 { return a[2] }
            return Value.goString(GoUtilsStrings.abbreviate(bytes(a[2]), offset: left, maxWidth: right) ?? [])
        }
        r.register("trunc", [.int, .string]) { _, a in
            let (c, s) = (int(a[0]), bytes(a[1]))
            let n = s.count
            if c < 0 && n &+ c > 0 { return Value.goString(s[(n + c)...]) }
            if c >= 0 && n > c { return Value.goString(s[..<c]) }
            return a[1]
        }
        r.register("substr", [.int, .int, .string]) { _, a in
            Value.goString(try substring(int(a[0]), int(a[1]), bytes(a[2])))
        }
        r.register("repeat", [.int, .string]) { _, a in
            let count = int(a[0])
            let s = bytes(a[1])
            guard count >= 0 else { throw FunctionError("strings: negative Repeat count") }
            let (total, overflow) = count.multipliedReportingOverflow(by: s.count)
            guard !overflow, total <= Int(Int32.max) else { throw FunctionError("strings: Repeat output length overflow") }
            if case .string(let text) = a[1] { return .string(String(repeating: text, count: count)) }
            return Value.goString(Array([[UInt8]](repeating: s, count: count).joined()))
        }
        r.register("wrap", [.int, .string]) { _, a in
            Value.goString(GoUtilsStrings.wrap(bytes(a[1]), int(a[0]), newLine: [], wrapLongWords: false))
        }
        r.register("wrapWith", [.int, .string, .string]) { _, a in
            Value.goString(GoUtilsStrings.wrap(bytes(a[2]), int(a[0]), newLine: bytes(a[1]), wrapLongWords: true))
        }
        r.register("indent", [.int, .string]) { _, a in
            if case .string(let text) = a[1] { return .string(try indent(int(a[0]), text)) }
            return Value.goString(try indent(int(a[0]), bytes: bytes(a[1])))
        }
        r.register("nindent", [.int, .string]) { _, a in
            if case .string(let text) = a[1] { return .string("\n" + (try indent(int(a[0]), text))) }
            return Value.goString([0x0A] + (try indent(int(a[0]), bytes: bytes(a[1]))))
        }
        r.register("replace", [.string, .string, .string]) { _, a in
            if anyRaw(a) { return Value.goString(GoByteStrings.replaceAll(bytes(a[2]), bytes(a[0]), bytes(a[1]))) }
            return .string(GoStrings.replaceAll(str(a[2]), str(a[0]), str(a[1])))
        }
        r.register("plural", [.string, .string, .int]) { _, a in int(a[2]) == 1 ? a[0] : a[1] }
    }

    private static func registerJoining(into r: inout FunctionRegistry) {
        // Each joins its arguments' `fmt` forms; a string that is not UTF-8 keeps its bytes (%q escapes them).
        r.register("quote", [], variadic: .interface) { _, a in
            joined(a.filter { !$0.isNil }.map { value -> Value in
                let text = SprigCast.strvalValue(value)
                if case .string(let s) = text { return .string(GoFormat.quote(s)) }
                return GoFormat.sprintfValue(.string("%q"), [text])
            })
        }
        r.register("squote", [], variadic: .interface) { _, a in
            joined(a.filter { !$0.isNil }.map { value -> Value in
                let text = GoFormat.sprintValue([value])
                if case .string(let s) = text { return .string("'" + s + "'") }
                return Value.goString([0x27] + bytes(text) + [0x27])
            })
        }
        r.register("cat", [], variadic: .interface) { _, a in
            joined(a.filter { !$0.isNil }.map { GoFormat.sprintValue([$0]) })
        }
        r.register("split", [.string, .string]) { _, a in
            if anyRaw(a) { return splitMap(GoByteStrings.split(bytes(a[1]), bytes(a[0])).map { Value.goString($0) }) }
            return splitMap(GoStrings.split(str(a[1]), str(a[0])).map { .string($0) })
        }
        r.register("splitn", [.string, .int, .string]) { _, a in
            if anyRaw(a) {
                return splitMap(GoByteStrings.split(bytes(a[2]), bytes(a[0]), limit: int(a[1])).map { Value.goString($0) })
            }
            return splitMap(GoStrings.split(str(a[2]), str(a[0]), limit: int(a[1])).map { .string($0) })
        }
        r.register("splitList", [.string, .string]) { _, a in
            if anyRaw(a) {
                return .list(GoList(GoByteStrings.split(bytes(a[1]), bytes(a[0])).map { Value.goString($0) }, elementType: .string))
            }
            return .stringList(GoStrings.split(str(a[1]), str(a[0])))
        }
        r.register("join", [.string, .interface]) { _, a in
            let parts = ConversionFunctions.strsliceValues(a[1])
            if anyRaw(parts) || a[0].isRawString {
                return Value.goString(GoByteStrings.join(parts.map(bytes), bytes(a[0])))
            }
            return .string(parts.map(str).joined(separator: str(a[0])))
        }
        r.register("sortAlpha", [.interface]) { _, a in
            switch a[0] {
            case .list, .bytes, .object(is GoSliceObject):
                let sorted = ConversionFunctions.strsliceValues(a[0]).sorted { bytes($0).lexicographicallyPrecedes(bytes($1)) }
                return .list(GoList(sorted, elementType: .string))
            default:
                return .list(GoList([a[0].isNil ? .string("<nil>") : SprigCast.strvalValue(a[0])], elementType: .string))
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

    /// Go strings joined with single spaces.
    private static func joined(_ parts: [Value]) -> Value {
        if !anyRaw(parts) { return .string(parts.map(str).joined(separator: " ")) }
        return Value.goString(GoByteStrings.join(parts.map(bytes), [0x20]))
    }

    /// `indent` on bytes that are not UTF-8.
    static func indent(_ spaces: Int, bytes v: [UInt8]) throws -> [UInt8] {
        let pad = Array(try indent(spaces, "").utf8)
        return pad + GoByteStrings.replaceAll(v, [0x0A], [0x0A] + pad)
    }

    /// Sprig's `indent`: the pad before the text and after every newline.
    static func indent(_ spaces: Int, _ v: String) throws -> String {
        guard spaces >= 0 else { throw FunctionError("strings: negative Repeat count") }
        guard spaces <= Int(Int32.max) else { throw FunctionError("strings: Repeat output length overflow") }
        let pad = String(repeating: " ", count: spaces)
        return pad + GoStrings.replaceAll(v, "\n", "\n" + pad)
    }

    /// Sprig's `substring`, byte-indexed, with Go's slice panics for impossible ranges.
    static func substring(_ start: Int, _ end: Int, _ s: [UInt8]) throws -> ArraySlice<UInt8> {
        let n = s.count
        if start < 0 {
            guard end >= 0, end <= n else {
                throw FunctionError(end < 0 ? "runtime error: slice bounds out of range [:\(end)]"
                                    : "runtime error: slice bounds out of range [:\(end)] with length \(n)")
            }
            return s[..<end]
        }
        if end < 0 || end > n {
            guard start <= n else { throw FunctionError("runtime error: slice bounds out of range [\(start):\(n)]") }
            return s[start...]
        }
        guard start <= end else { throw FunctionError("runtime error: slice bounds out of range [\(start):\(end)]") }
        return s[start..<end]
    }

    /// `split`/`splitn` return `map[string]string` keyed `_0`, `_1`, …
    static func splitMap(_ parts: [Value]) -> Value {
        var entries: [String: Value] = [:]
        for (i, p) in parts.enumerated() { entries["_\(i)"] = p }
        return .map(GoMap(entries, typeName: "map[string]string", elementType: .string))
    }
}
